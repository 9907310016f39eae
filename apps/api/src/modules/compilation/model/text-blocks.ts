import type { TextBlock } from './report-model';

// "1.", "12.", "1.2" at the start of a paragraph: the reply's own paragraph numbering ("65 States" is not).
const NUMBERED = /^(\d{1,3}\.(?:\d{1,3}\.?)*)\s+(\S.*)$/u;
// "(a)", "(iv)", "a)": lettered or roman subparagraphs.
const SUBPARAGRAPH = /^(\((?:[a-z]{1,2}|[ivxlc]{1,6})\)|[a-z]\))\s+(\S.*)$/u;
// Bullets as typed or pasted from Word: •, ·, -, –, —, *, ▪, o; a dash under a bullet is a second level.
const BULLET = /^([•·\-–—*▪◦o])\s+(\S.*)$/u;
const SECOND_LEVEL = new Set(['–', '—', '◦', 'o']);

/**
 * Reads the structure a reply's text carries: its paragraphs (with their own numbers), bullets
 * and lettered subparagraphs. Each non-empty line is one block; nothing is renumbered.
 */
export function toBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const indent = raw.match(/^[\t ]*/)![0].replace(/\t/g, '    ').length;
    const line = raw.trim();
    if (!line) continue;
    const bullet = line.match(BULLET);
    if (bullet) {
      const level = SECOND_LEVEL.has(bullet[1]) || indent >= 4 ? 2 : 1;
      blocks.push({ kind: 'bullet', level, marker: level === 2 ? '–' : '•', text: bullet[2] });
      continue;
    }
    const sub = line.match(SUBPARAGRAPH);
    if (sub) {
      blocks.push({
        kind: 'subparagraph',
        label: sub[1].startsWith('(') ? sub[1] : `(${sub[1].slice(0, -1)})`,
        text: sub[2],
      });
      continue;
    }
    const numbered = line.match(NUMBERED);
    if (numbered) {
      blocks.push({ kind: 'paragraph', number: numbered[1], text: numbered[2] });
      continue;
    }
    blocks.push({ kind: 'paragraph', number: null, text: line });
  }
  return blocks;
}
