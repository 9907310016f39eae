import fc from 'fast-check';
import { paragraphNumber, toBlocks } from '../../../apps/api/src/modules/compilation/model/text-blocks';
import type { TextBlock } from '../../../apps/api/src/modules/compilation/model/report-model';
import { deepBullets, longDigitRun, mixedScripts, trickyLine, veryLongLine } from './arbitraries';

// The patterns the parser replaced, kept as the specification of what it recognizes. They are only
// run here on lines too short for their backtracking to matter.
const NUMBERED = /^(\d{1,3}\.(?:\d{1,3}\.?)*)\s+(\S.*)$/u;
const SUBPARAGRAPH = /^(\((?:[a-z]{1,2}|[ivxlc]{1,6})\)|[a-z]\))\s+(\S.*)$/u;
const BULLET = /^([•·\-–—*▪◦o])\s+(\S.*)$/u;
const SECOND_LEVEL = new Set(['–', '—', '◦', 'o']);

function referenceBlocks(text: string): TextBlock[] {
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
    blocks.push(
      numbered
        ? { kind: 'paragraph', number: numbered[1], text: numbered[2] }
        : { kind: 'paragraph', number: null, text: line },
    );
  }
  return blocks;
}

const blockText = (b: TextBlock) => b.text;

describe('reading the structure of a reply (property-based)', () => {
  it('recognizes exactly what the old patterns recognized, on any short text', () => {
    fc.assert(
      fc.property(fc.array(trickyLine, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        expect(toBlocks(text)).toEqual(referenceBlocks(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('numbers with up to 12 digits and dots behave as before', () => {
    const numberish = fc.string({ unit: fc.constantFrom('1', '2', '.', ' ', 'a'), maxLength: 14 });
    fc.assert(
      fc.property(numberish, fc.constantFrom(' text', 'x', ' ', '\u00a0text'), (head, tail) => {
        const line = (head + tail).trim();
        const expected = line.match(NUMBERED);
        expect(paragraphNumber(line)).toEqual(expected ? { number: expected[1], text: expected[2] } : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a long run of digits after "1." as a plain paragraph, whatever follows it', () => {
    fc.assert(
      fc.property(longDigitRun, (line) => {
        const blocks = toBlocks(line);
        expect(blocks).toHaveLength(1);
        // Either the whole run is the paragraph's number (followed by text), or the line is plain text.
        const [block] = blocks;
        expect(block.kind).toBe('paragraph');
        if (block.kind === 'paragraph' && block.number) expect(line.startsWith(`${block.number}`)).toBe(true);
      }),
      { numRuns: 50 },
    );
    expect(toBlocks(`1.${'1'.repeat(34)}a`)).toEqual([
      { kind: 'paragraph', number: null, text: `1.${'1'.repeat(34)}a` },
    ]);
    expect(toBlocks(`1.${'2'.repeat(5000)} Text`)).toEqual([
      { kind: 'paragraph', number: `1.${'2'.repeat(5000)}`, text: 'Text' },
    ]);
  });

  it('keeps every character of every line, in order, in deep outlines and mixed scripts', () => {
    fc.assert(
      fc.property(fc.oneof(deepBullets, mixedScripts), (text) => {
        const lines = text
          .replace(/\r\n?/g, '\n')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        const blocks = toBlocks(text);
        expect(blocks).toHaveLength(lines.length);
        blocks.forEach((block, i) => expect(lines[i].endsWith(blockText(block))).toBe(true));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a line of 200,000 characters as one block', () => {
    fc.assert(
      fc.property(veryLongLine, (line) => {
        const blocks = toBlocks(line);
        expect(blocks).toHaveLength(1);
        expect(line.trim().endsWith(blocks[0].text)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
