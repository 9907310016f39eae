import { createInflateRaw } from 'node:zlib';
import { damagedFile, suspiciousArchive, unsupportedFile } from './original-rejected';

export const MAX_ARCHIVE_ENTRIES = 2_000;
export const MAX_EXPANDED_BYTES = 100 * 1024 * 1024;
/** No single part is read past this, whatever the archive declares. */
export const MAX_PART_BYTES = 50 * 1024 * 1024;
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_APPLIES_ABOVE_BYTES = 1024 * 1024;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL_HEADER;

/**
 * Checks that `bytes` is a Word document that can be opened safely, in this order: the central
 * directory (names and declared sizes, nothing decompressed), then every part inflated as a
 * counted stream that stops at its declared size, so a lying directory cannot feed mammoth a bomb.
 */
export async function assertSafeWordArchive(bytes: Buffer): Promise<ZipEntry[]> {
  if (!isZip(bytes)) throw unsupportedFile('not a Word document or a PDF');
  const entries = readZipEntries(bytes);
  assertWordDocument(entries);
  assertSafeDeclaredSizes(entries);
  await assertSafeActualSizes(bytes, entries);
  return entries;
}

/** Reads the central directory only. */
export function readZipEntries(bytes: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  if (end < 0) throw damagedFile();
  let count = bytes.readUInt16LE(end + 10);
  let directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw damagedFile();
    const zip64End = safeNumber(bytes.readBigUInt64LE(locator + 8));
    if (zip64End + 56 > bytes.length || bytes.readUInt32LE(zip64End) !== ZIP64_END_OF_DIRECTORY) throw damagedFile();
    count = safeNumber(bytes.readBigUInt64LE(zip64End + 32));
    directoryOffset = safeNumber(bytes.readBigUInt64LE(zip64End + 48));
  }
  if (count > MAX_ARCHIVE_ENTRIES) throw suspiciousArchive();

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_HEADER) throw damagedFile();
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw damagedFile();
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      encrypted: (bytes.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function assertSafeDeclaredSizes(entries: ZipEntry[]): void {
  if (entries.length > MAX_ARCHIVE_ENTRIES) throw suspiciousArchive();
  let total = 0;
  for (const { uncompressedSize, compressedSize } of entries) {
    total += uncompressedSize;
    const ratio = uncompressedSize / Math.max(compressedSize, 1);
    if (uncompressedSize > MAX_PART_BYTES) throw suspiciousArchive();
    if (uncompressedSize > RATIO_APPLIES_ABOVE_BYTES && ratio > MAX_COMPRESSION_RATIO) throw suspiciousArchive();
  }
  if (total > MAX_EXPANDED_BYTES) throw suspiciousArchive();
}

export async function assertSafeActualSizes(bytes: Buffer, entries: ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    if (entry.encrypted || (entry.method !== STORED && entry.method !== DEFLATED)) throw damagedFile();
    const data = entryData(bytes, entry);
    const limit = Math.min(entry.uncompressedSize, MAX_PART_BYTES);
    const actual = entry.method === STORED ? data.length : await inflatedLength(data, limit);
    if (actual > limit) throw suspiciousArchive();
    if (actual !== entry.uncompressedSize) throw damagedFile();
  }
}

function assertWordDocument(entries: ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('[Content_Types].xml') && names.has('word/document.xml')) {
    if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) {
      throw unsupportedFile('a macro-enabled Word document (.docm); save it as a Word Document (.docx)');
    }
    return;
  }
  if (names.has('mimetype') && names.has('content.xml'))
    throw unsupportedFile('an OpenDocument file, not a Word document');
  if (names.has('xl/workbook.xml')) throw unsupportedFile('an Excel workbook, not a Word document');
  if (names.has('ppt/presentation.xml')) throw unsupportedFile('a PowerPoint presentation, not a Word document');
  throw unsupportedFile('a ZIP archive, not a Word document');
}

function findEndOfDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY && at + 22 + bytes.readUInt16LE(at + 20) <= bytes.length) return at;
  }
  return -1;
}

/** ZIP64 moves the sizes and offset that overflow 32 bits into an extra field, in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size || field + 8 > extra.length) throw damagedFile();
        const value = safeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw damagedFile();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw damagedFile();
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates without keeping the output, and stops as soon as it passes `limit` (returning more than it). */
function inflatedLength(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        inflate.destroy();
        resolve(length);
      }
    });
    inflate.on('end', () => resolve(length));
    inflate.on('error', () => reject(damagedFile()));
    inflate.end(data);
  });
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damagedFile();
  return Number(value);
}
