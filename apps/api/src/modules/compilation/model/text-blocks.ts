import type { TextBlock } from './report-model';

// Bullets as typed or pasted from Word: •, ·, -, –, —, *, ▪, o; a dash under a bullet is a second level.
const BULLETS = new Set(['•', '·', '-', '–', '—', '*', '▪', '◦', 'o']);
const SECOND_LEVEL = new Set(['–', '—', '◦', 'o']);
const ROMAN = new Set(['i', 'v', 'x', 'l', 'c']);

// Every recognizer below reads a line once, left to right: a reply's text is untrusted, so no pattern
// here may backtrack (the regular expression this replaces took seconds on "1." and 34 digits).
const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLowerLatin = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';

/**
 * The text after a label that ends at `labelEnd`: the label must be followed by whitespace, then the
 * text, which (like a paragraph) holds no line or paragraph separator. `line` is trimmed.
 */
function textAfterLabel(line: string, labelEnd: number): string | null {
  if (!isSpace(line[labelEnd])) return null;
  let at = labelEnd;
  while (isSpace(line[at])) at++;
  const text = line.slice(at);
  return text && !/[\u2028\u2029]/u.test(text) ? text : null;
}

/** "1.", "12.", "1.2", "1.2.3." at the start of a paragraph: the reply's own numbering ("65 States" is not). */
export function paragraphNumber(line: string): { number: string; text: string } | null {
  let at = 0;
  while (isDigit(line[at])) at++;
  if (at < 1 || at > 3 || line[at] !== '.') return null;
  at++;
  // Then digits and single dots, never starting with a dot: "1.2", "1.2.", "1.10.3".
  for (let previous = '.'; isDigit(line[at]) || line[at] === '.'; at++) {
    if (line[at] === '.' && previous === '.') return null;
    previous = line[at];
  }
  const text = textAfterLabel(line, at);
  return text === null ? null : { number: line.slice(0, at), text };
}

/** "(a)", "(iv)", "a)": lettered or roman subparagraphs. */
export function subparagraphLabel(line: string): { label: string; text: string } | null {
  if (line[0] === '(') {
    let at = 1;
    while (isLowerLatin(line[at])) at++;
    const letters = line.slice(1, at);
    const lettered = letters.length >= 1 && letters.length <= 2;
    const roman = letters.length >= 1 && letters.length <= 6 && [...letters].every((c) => ROMAN.has(c));
    if (line[at] !== ')' || !(lettered || roman)) return null;
    const text = textAfterLabel(line, at + 1);
    return text === null ? null : { label: line.slice(0, at + 1), text };
  }
  if (isLowerLatin(line[0]) && line[1] === ')') {
    const text = textAfterLabel(line, 2);
    return text === null ? null : { label: `(${line[0]})`, text };
  }
  return null;
}

function bullet(line: string): { marker: string; text: string } | null {
  if (!BULLETS.has(line[0])) return null;
  const text = textAfterLabel(line, 1);
  return text === null ? null : { marker: line[0], text };
}

/**
 * Reads the structure a reply's text carries: its paragraphs (with their own numbers), bullets
 * and lettered subparagraphs. Each non-empty line is one block; nothing is renumbered.
 */
export function toBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const found = bullet(line);
    if (found) {
      const level = SECOND_LEVEL.has(found.marker) || indentOf(raw) >= 4 ? 2 : 1;
      blocks.push({ kind: 'bullet', level, marker: level === 2 ? '–' : '•', text: found.text });
      continue;
    }
    const sub = subparagraphLabel(line);
    if (sub) {
      blocks.push({ kind: 'subparagraph', label: sub.label, text: sub.text });
      continue;
    }
    const numbered = paragraphNumber(line);
    if (numbered) {
      blocks.push({ kind: 'paragraph', number: numbered.number, text: numbered.text });
      continue;
    }
    blocks.push({ kind: 'paragraph', number: null, text: line });
  }
  return blocks;
}

/** Leading spaces and tabs (a tab counts four), as Word users indent a second-level bullet. */
function indentOf(raw: string): number {
  let width = 0;
  for (const c of raw) {
    if (c === ' ') width += 1;
    else if (c === '\t') width += 4;
    else break;
  }
  return width;
}
