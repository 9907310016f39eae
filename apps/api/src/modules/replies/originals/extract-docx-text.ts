import JSZip from 'jszip';
import type mammoth from 'mammoth';
import { assertOriginalSize } from './inspect-original';
import { damagedFile } from './original-rejected';
import { assertSafeWordArchive } from './word-archive';
import { ListNumbering, tagNumberingXml, type MammothListLevel } from './word-numbering';

/** mammoth is loaded by the first Word file read, not at every process's start. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
const loadMammoth = () => require('mammoth') as typeof mammoth;

/** The parts of mammoth's document tree (lib/documents.js) that carry text. */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  numbering?: MammothListLevel | null;
  checked?: boolean;
  noteType?: string;
  noteId?: string;
  body?: MammothElement[];
}

interface MammothDocument {
  children: MammothElement[];
  notes: { resolve(reference: MammothElement): MammothElement | null };
}

/**
 * The text of a Word document, one paragraph per line and a blank line between paragraphs. List
 * items start with "- " or the number Word shows ("1.", "(a)"); footnotes follow the text as "[1] …".
 * The result is plain text: nothing in it is markup, even if it looks like some.
 */
export async function extractDocxText(bytes: Buffer): Promise<string> {
  assertOriginalSize(bytes);
  await assertSafeWordArchive(bytes);
  let read: { tree: MammothDocument; numbering: ListNumbering };
  try {
    const { buffer, numbering } = await withTaggedNumbering(bytes);
    read = { tree: await documentTree(buffer), numbering };
  } catch {
    throw damagedFile();
  }
  return new PlainTextWriter(read.tree, read.numbering).write();
}

async function documentTree(buffer: Buffer): Promise<MammothDocument> {
  let tree: MammothDocument | undefined;
  await loadMammoth().convertToHtml(
    { buffer },
    {
      externalFileAccess: false,
      // Keep mammoth's tree and hand it back empty, so that mammoth renders no HTML from it.
      transformDocument: (document: MammothDocument) => {
        tree = document;
        return { ...document, children: [] };
      },
    },
  );
  if (!tree) throw new Error('mammoth returned no document');
  return tree;
}

async function withTaggedNumbering(bytes: Buffer): Promise<{ buffer: Buffer; numbering: ListNumbering }> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/numbering.xml');
  if (!part) return { buffer: bytes, numbering: new ListNumbering() };
  const { xml, definitions } = tagNumberingXml(await part.async('string'));
  zip.file('word/numbering.xml', xml);
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { buffer, numbering: new ListNumbering(definitions) };
}

class PlainTextWriter {
  private readonly notes: MammothElement[] = [];
  private readonly noteNumbers = new Map<string, number>();

  constructor(
    private readonly document: MammothDocument,
    private readonly numbering: ListNumbering,
  ) {}

  write(): string {
    const paragraphs = this.blocks(this.document.children, true);
    for (let i = 0; i < this.notes.length; i++) {
      paragraphs.push(`[${i + 1}] ${this.blocks(this.notes[i].body ?? [], false).join(' ')}`.trim());
    }
    return paragraphs.join('\n\n');
  }

  private blocks(elements: MammothElement[], numbered: boolean): string[] {
    const out: string[] = [];
    for (const element of elements) {
      if (element.type === 'paragraph') {
        // Empty list items still take a number in Word, so count them before skipping.
        const prefix = numbered ? this.numbering.next(element.numbering ?? null) : '';
        const text = tidy(this.inline(element.children ?? []));
        if (text) out.push(prefix + text);
      } else if (element.type === 'table') {
        for (const row of element.children ?? []) {
          const cells = (row.children ?? []).map((cell) => this.blocks(cell.children ?? [], numbered).join(' '));
          if (cells.some(Boolean)) out.push(cells.join(' | '));
        }
      } else if (element.children) {
        out.push(...this.blocks(element.children, numbered));
      }
    }
    return out;
  }

  private inline(elements: MammothElement[]): string {
    let text = '';
    for (const element of elements) {
      if (element.type === 'text') text += element.value ?? '';
      else if (element.type === 'tab') text += '\t';
      else if (element.type === 'break') text += '\n';
      else if (element.type === 'checkbox') text += element.checked ? '☒' : '☐';
      else if (element.type === 'noteReference') text += this.noteMarker(element);
      else if (element.type === 'paragraph') text += `\n${this.inline(element.children ?? [])}\n`;
      else if (element.children) text += this.inline(element.children);
    }
    return text;
  }

  private noteMarker(reference: MammothElement): string {
    const key = `${reference.noteType}-${reference.noteId}`;
    if (!this.noteNumbers.has(key)) {
      const note = this.document.notes.resolve(reference);
      if (!note) return '';
      this.notes.push(note);
      this.noteNumbers.set(key, this.notes.length);
    }
    return `[${this.noteNumbers.get(key)}]`;
  }
}

/** Trims each line and keeps line breaks single, so that a blank line always means a new paragraph. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
