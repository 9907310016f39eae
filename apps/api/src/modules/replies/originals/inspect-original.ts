import { createHash } from 'node:crypto';
import { MAX_ORIGINAL_BYTES } from '@replies/shared';
import { fileTooLarge, unsupportedFile } from './original-rejected';
import { assertSafeWordArchive, isZip } from './word-archive';

export { OriginalRejected, type OriginalRejectedCode } from './original-rejected';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type InspectedOriginal = {
  sha256: string;
  size: number;
} & (
  | { kind: 'PDF'; mediaType: 'application/pdf'; extension: 'pdf' }
  | { kind: 'DOCX'; mediaType: typeof DOCX_MEDIA_TYPE; extension: 'docx' }
);

/**
 * Decides what an uploaded original really is from its bytes alone. `declared` (the browser's file
 * name and type) is accepted for the caller's convenience but never trusted. Throws `OriginalRejected`.
 */
export async function inspectOriginal(
  bytes: Buffer,
  _declared: { fileName: string; mediaType?: string },
): Promise<InspectedOriginal> {
  assertOriginalSize(bytes);
  const facts = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  if (startsWith(bytes, PDF)) return { ...facts, kind: 'PDF', mediaType: 'application/pdf', extension: 'pdf' };
  if (isZip(bytes)) {
    await assertSafeWordArchive(bytes);
    return { ...facts, kind: 'DOCX', mediaType: DOCX_MEDIA_TYPE, extension: 'docx' };
  }
  throw unsupportedFile(describe(bytes));
}

export function assertOriginalSize(bytes: Buffer): void {
  if (bytes.length > MAX_ORIGINAL_BYTES) throw fileTooLarge();
  if (bytes.length === 0) throw unsupportedFile('empty');
}

const PDF = Buffer.from('%PDF-', 'latin1');
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const RTF = Buffer.from('{\\rtf', 'latin1');
const IMAGES = [
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // PNG
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from('GIF8', 'latin1'),
  Buffer.from('II*\0', 'latin1'), // TIFF
  Buffer.from('MM\0*', 'latin1'),
];

/** Completes "this file is …" for the user, from the first bytes. */
function describe(bytes: Buffer): string {
  // Word also saves password-protected .docx files in the old OLE container.
  if (startsWith(bytes, OLE)) return 'an older Word document (.doc) or a password-protected file';
  if (startsWith(bytes, RTF)) return 'a Rich Text Format (.rtf) file';
  if (IMAGES.some((magic) => startsWith(bytes, magic)) || isWebp(bytes)) return 'an image';
  const text = asText(bytes.subarray(0, 4096));
  if (text !== null) {
    return /^\s*<(!doctype html|html)/i.test(text) ? 'a web page (HTML)' : 'a plain-text file';
  }
  return 'not a Word document or a PDF';
}

function asText(head: Buffer): string | null {
  try {
    // `stream` tolerates a character cut in two at the end of the sample.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return /[\0-\x08\x0e-\x1f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

const isWebp = (bytes: Buffer) =>
  bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP';

const startsWith = (bytes: Buffer, prefix: Buffer) =>
  bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
