import { createHash } from 'node:crypto';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { MAX_ORIGINAL_BYTES } from '@replies/shared';
import { DOCX_MEDIA_TYPE, inspectOriginal } from './inspect-original';
import { OriginalRejected } from './original-rejected';
import {
  MINIMAL_PDF,
  OLE_DOCUMENT,
  PNG_IMAGE,
  craftZip,
  simpleDocx,
  withEntries,
  wordLikeZip,
  zerosDeflated,
  zipOf,
} from './test-originals';

// Counts the streams word-archive.ts opens, to show that some bombs are refused before any inflating.
jest.mock('node:zlib', () => {
  const actual = jest.requireActual<typeof import('node:zlib')>('node:zlib');
  return { ...actual, createInflateRaw: jest.fn(actual.createInflateRaw) };
});

const asDocx = { fileName: 'reply.docx', mediaType: DOCX_MEDIA_TYPE };
const MB = 1024 * 1024;

async function rejection(bytes: Buffer, declared = asDocx): Promise<OriginalRejected> {
  const error = await inspectOriginal(bytes, declared).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof OriginalRejected)) throw new Error(`expected OriginalRejected, got ${String(error)}`);
  return error;
}

const unsupported = (what: string) => ({
  status: 415,
  code: 'UNSUPPORTED_FILE',
  message: `Upload the reply as a Word document (.docx) or a PDF; this file is ${what}.`,
});

describe('inspectOriginal: accepted files, by content', () => {
  it('takes a real Word document for DOCX even when it was named and typed as a PDF', async () => {
    const docx = await simpleDocx('The Government supports the resolution.');
    await expect(inspectOriginal(docx, { fileName: 'reply.pdf', mediaType: 'application/pdf' })).resolves.toEqual({
      kind: 'DOCX',
      mediaType: DOCX_MEDIA_TYPE,
      extension: 'docx',
      sha256: createHash('sha256').update(docx).digest('hex'),
      size: docx.length,
    });
  });

  it('takes a PDF for PDF even when it was named and typed as a Word document', async () => {
    await expect(inspectOriginal(MINIMAL_PDF, asDocx)).resolves.toEqual({
      kind: 'PDF',
      mediaType: 'application/pdf',
      extension: 'pdf',
      sha256: createHash('sha256').update(MINIMAL_PDF).digest('hex'),
      size: MINIMAL_PDF.length,
    });
  });

  it('takes a PDF of exactly 10 MB', async () => {
    const pdf = Buffer.alloc(MAX_ORIGINAL_BYTES, 0x20);
    MINIMAL_PDF.copy(pdf);
    await expect(inspectOriginal(pdf, { fileName: 'big.pdf' })).resolves.toMatchObject({ kind: 'PDF', size: 10 * MB });
  });

  it('takes a Word document with a highly compressible part of 1 MB (the ratio rule starts above 1 MB)', async () => {
    const docx = await withEntries(await simpleDocx('Text'), { 'word/media/blank.bin': Buffer.alloc(MB) });
    await expect(inspectOriginal(docx, asDocx)).resolves.toMatchObject({ kind: 'DOCX' });
  });
});

describe('inspectOriginal: refused types', () => {
  it.each([
    ['a .docx that is really text', Buffer.from('The Government supports the resolution.\n'), 'a plain-text file'],
    ['a .docx that is really Chinese text', Buffer.from('中国政府支持该决议。'), 'a plain-text file'],
    ['a .docx that is really an image', PNG_IMAGE, 'an image'],
    ['an old Word document (OLE)', OLE_DOCUMENT, 'an older Word document (.doc) or a password-protected file'],
    ['an RTF file', Buffer.from('{\\rtf1\\ansi Reply}'), 'a Rich Text Format (.rtf) file'],
    ['an HTML page', Buffer.from('<!DOCTYPE html><html><body>Reply</body></html>'), 'a web page (HTML)'],
    ['binary noise', Buffer.from([0x00, 0x01, 0x02, 0xfe, 0xff]), 'not a Word document or a PDF'],
    ['an empty file', Buffer.alloc(0), 'empty'],
  ])('refuses %s with 415', async (_, bytes, what) => {
    expect(await rejection(bytes)).toMatchObject(unsupported(what));
  });

  it('refuses a ZIP that is not a Word document', async () => {
    const zip = await zipOf({ 'reply.txt': 'The Government supports the resolution.', 'annex/table.csv': 'a,b' });
    expect(await rejection(zip)).toMatchObject(unsupported('a ZIP archive, not a Word document'));
  });

  it('refuses a ZIP with only one of the two Word parts', async () => {
    const zip = await zipOf({ 'word/document.xml': '<w:document/>' });
    expect(await rejection(zip)).toMatchObject(unsupported('a ZIP archive, not a Word document'));
  });

  it('refuses a macro-enabled Word document', async () => {
    const docm = await withEntries(await simpleDocx('Text'), { 'word/vbaProject.bin': Buffer.from('macros') });
    expect(await rejection(docm)).toMatchObject(
      unsupported('a macro-enabled Word document (.docm); save it as a Word Document (.docx)'),
    );
  });

  it('refuses a Word document cut short in transfer', async () => {
    const docx = await simpleDocx('Text');
    expect(await rejection(docx.subarray(0, Math.floor(docx.length / 2)))).toMatchObject(
      unsupported('damaged or incomplete and cannot be read'),
    );
  });
});

describe('inspectOriginal: size and zip bombs', () => {
  const inflate = jest.mocked(createInflateRaw);
  beforeEach(() => inflate.mockClear());

  it('refuses more than 10 MB with 413, whatever the content', async () => {
    const pdf = Buffer.alloc(11 * MB, 0x20);
    MINIMAL_PDF.copy(pdf);
    expect(await rejection(pdf)).toMatchObject({ status: 413, code: 'FILE_TOO_LARGE' });
    expect(await rejection(Buffer.alloc(MAX_ORIGINAL_BYTES + 1))).toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('refuses 150 MB of zeros declared honestly, from the directory alone', async () => {
    const bomb = wordLikeZip({ name: 'word/media/image1.png', deflated: zerosDeflated(150) });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await rejection(bomb)).toMatchObject({ status: 413, code: 'SUSPICIOUS_ARCHIVE' });
    expect(inflate).not.toHaveBeenCalled();
  });

  it('refuses a 2 MB part compressed more than 100:1, from the directory alone', async () => {
    const bomb = await withEntries(await simpleDocx('Text'), { 'word/media/blank.bin': Buffer.alloc(2 * MB) });
    expect(await rejection(bomb)).toMatchObject({ status: 413, code: 'SUSPICIOUS_ARCHIVE' });
    expect(inflate).not.toHaveBeenCalled();
  });

  it('refuses parts that together declare more than 100 MB, though each is 1 MB', async () => {
    const parts = Array.from({ length: 101 }, (_, i) => ({
      name: `word/media/part${i}.bin`,
      content: 'x',
      declaredSize: MB,
    }));
    expect(await rejection(wordLikeZip(...parts))).toMatchObject({ status: 413, code: 'SUSPICIOUS_ARCHIVE' });
    expect(inflate).not.toHaveBeenCalled();
  });

  it('refuses more than 2,000 entries but takes 2,000', async () => {
    const parts = (n: number) =>
      Array.from({ length: n - 2 }, (_, i) => ({ name: `word/part${i}.xml`, content: '<x/>' }));
    expect(await rejection(wordLikeZip(...parts(2001)))).toMatchObject({ status: 413, code: 'SUSPICIOUS_ARCHIVE' });
    expect(inflate).not.toHaveBeenCalled();
    await expect(inspectOriginal(wordLikeZip(...parts(2000)), asDocx)).resolves.toMatchObject({ kind: 'DOCX' });
  });

  it('stops inflating a part that grows past the size its headers declare (150 MB of zeros declared as 1 KB)', async () => {
    const bomb = wordLikeZip({ name: 'word/document.xml.rels', deflated: zerosDeflated(150), declaredSize: 1024 });
    const started = Date.now();
    expect(await rejection(bomb)).toMatchObject({ status: 413, code: 'SUSPICIOUS_ARCHIVE' });
    expect(inflate).toHaveBeenCalled();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a part that inflates to less than it declares as damaged', async () => {
    const zip = wordLikeZip({ name: 'word/styles.xml', content: '<w:styles/>', declaredSize: 5000 });
    expect(await rejection(zip)).toMatchObject(unsupported('damaged or incomplete and cannot be read'));
  });

  it('answers with the messages a user can act on', async () => {
    expect((await rejection(Buffer.alloc(11 * MB))).message).toBe(
      'This file is larger than 10 MB, the most an original can be. Make it smaller (for example, compress its pictures) and upload it again.',
    );
    expect((await rejection(wordLikeZip({ name: 'x', deflated: zerosDeflated(150) }))).message).toBe(
      'This Word document expands to far more data than its size suggests, so it cannot be read safely. Save it again from Word, or upload it as a PDF.',
    );
  });
});

describe('zerosDeflated (the test bomb itself)', () => {
  it('really inflates to that many zeros', () => {
    const { data, size } = zerosDeflated(3);
    const zeros = inflateRawSync(data);
    expect(zeros.length).toBe(size);
    expect(zeros.every((byte) => byte === 0)).toBe(true);
  });

  it('makes a ZIP that a real reader opens', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(craftZip([{ name: 'a.bin', deflated: zerosDeflated(2) }]));
    expect((await zip.file('a.bin')!.async('nodebuffer')).length).toBe(2 * MB);
  });
});
