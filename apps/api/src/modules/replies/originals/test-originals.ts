/**
 * Files for the originals specs (and any replies test that uploads one), built in memory.
 * Not used by the application.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import JSZip from 'jszip';
import { constants, deflateRawSync } from 'node:zlib';

export const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
    'trailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** The start of an OLE compound file: what Word 97–2003 (.doc) and password-protected .docx files are. */
export const OLE_DOCUMENT = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);

export const PNG_IMAGE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export function simpleDocx(...paragraphs: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] }));
}

/** A reply with what extraction must keep: languages, Word lists, literal numbers, a footnote, a table. */
export function sampleReplyDocx(): Promise<Buffer> {
  const item = (text: string, level: number, instance?: number) =>
    new Paragraph({ text, numbering: { reference: 'paragraphs', level, instance } });
  return Packer.toBuffer(
    new Document({
      numbering: {
        config: [
          {
            reference: 'paragraphs',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
              { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
              { level: 2, format: LevelFormat.LOWER_ROMAN, text: '%3)', alignment: AlignmentType.START },
            ],
          },
        ],
      },
      footnotes: { 1: { children: [new Paragraph('A/80/123.')] } },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Reply of the Government of Exampleland', heading: HeadingLevel.TITLE }),
            new Paragraph('1. The Government welcomes the request of the Secretary-General.'),
            new Paragraph({
              children: [
                new TextRun('It '),
                new TextRun({ text: 'strongly', bold: true }),
                new TextRun(' supports the resolution.'),
              ],
            }),
            new Paragraph('中文：政府支持该决议。'),
            new Paragraph({
              bidirectional: true,
              children: [new TextRun({ text: 'ترحب الحكومة بطلب الأمين العام.', rightToLeft: true })],
            }),
            new Paragraph('Правительство поддерживает резолюцию.'),
            new Paragraph({ text: 'First measure', bullet: { level: 0 } }),
            new Paragraph({ text: 'Sub-measure', bullet: { level: 1 } }),
            new Paragraph({ text: 'Second measure', bullet: { level: 0 } }),
            item('Paragraph one', 0),
            item('First point', 1),
            item('Second point', 1),
            item('Detail', 2),
            new Paragraph({ text: 'Measures taken', heading: HeadingLevel.HEADING_1 }),
            item('Paragraph two', 0),
            item('Restarted point', 1),
            item('A new list', 0, 2),
            new Paragraph(''),
            new Paragraph("<script>alert('x')</script> & <b>not bold</b>"),
            new Paragraph({ children: [new TextRun('Line one'), new TextRun({ text: 'Line two', break: 1 })] }),
            new Paragraph({ children: [new TextRun('See the report'), new FootnoteReferenceRun(1)] }),
            new Table({
              rows: [
                new TableRow({ children: [cell('Year'), cell('Amount')] }),
                new TableRow({ children: [cell('2024'), cell('1,000')] }),
              ],
            }),
          ],
        },
      ],
    }),
  );
}

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

export async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function withEntries(zipBytes: Buffer, files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(zipBytes);
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export interface CraftedEntry {
  name: string;
  content?: string | Buffer;
  /** Raw deflate data and the size it really inflates to, instead of `content`. */
  deflated?: { data: Buffer; size: number };
  /** The uncompressed size to write in the headers when it should lie. */
  declaredSize?: number;
}

/** A ZIP written by hand (every entry deflated, CRCs left at zero), so that headers can say anything. */
export function craftZip(entries: CraftedEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const content = typeof entry.content === 'string' ? Buffer.from(entry.content) : (entry.content ?? Buffer.alloc(0));
    const data = entry.deflated?.data ?? deflateRawSync(content);
    const size = entry.declaredSize ?? entry.deflated?.size ?? content.length;
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    directory.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const centralDirectory = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralDirectory, end]);
}

/** The two parts that make a ZIP look like a Word document, plus `entries`. */
export const wordLikeZip = (...entries: CraftedEntry[]) =>
  craftZip([
    { name: '[Content_Types].xml', content: '<Types/>' },
    { name: 'word/document.xml', content: '<w:document/>' },
    ...entries,
  ]);

/**
 * Raw deflate data that inflates to `megabytes` MB of zeros, about 1 KB per MB, built from 1 MB of
 * zeros: one sync-flushed block repeated (each copy only refers back into itself), then an empty
 * final block.
 */
export function zerosDeflated(megabytes: number): { data: Buffer; size: number } {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array<Buffer>(megabytes).fill(block), Buffer.from([0x03, 0x00])]);
  return { data, size: megabytes * 1024 * 1024 };
}
