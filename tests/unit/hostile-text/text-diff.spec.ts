import fc from 'fast-check';
import { diffTexts, type TDiffPart } from '@replies/shared';
import { mixedScripts, nearDuplicates, smallReply, veryLongLine } from './arbitraries';

const side = (parts: TDiffPart[], kind: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === kind)
    .map((p) => p.text)
    .join('');

/** Both texts come back from the diff: the unchanged and removed parts give the first, unchanged and added the second. */
function expectFaithful(before: string, after: string) {
  const parts = diffTexts(before, after);
  expect(side(parts, 'removed')).toBe(before);
  expect(side(parts, 'added')).toBe(after);
  for (let i = 1; i < parts.length; i++) expect(parts[i].kind).not.toBe(parts[i - 1].kind);
  return parts;
}

/** Removes or changes a few words, as a focal point revising a returned reply does. */
const revise = (text: string, seed: number) =>
  text
    .split(' ')
    .filter((_, i) => (i + seed) % 11 !== 0)
    .map((w, i) => ((i + seed) % 13 === 0 ? `${w}x` : w))
    .join(' ');

describe('the difference between two versions (property-based)', () => {
  it('gives back both texts, for any texts in any scripts', () => {
    fc.assert(
      fc.property(fc.oneof(mixedScripts, smallReply), fc.oneof(mixedScripts, smallReply), (a, b) => {
        expectFaithful(a, b);
      }),
      { numRuns: 1000 },
    );
  });

  it('aligns long revisions of long texts word by word instead of calling them replaced', () => {
    fc.assert(
      fc.property(nearDuplicates, fc.integer({ min: 0, max: 20 }), (before, seed) => {
        const after = revise(before, seed);
        const parts = expectFaithful(before, after);
        const same = parts.filter((p) => p.kind === 'same').reduce((n, p) => n + p.text.length, 0);
        expect(same).toBeGreaterThan(after.length * 0.5);
      }),
      { numRuns: 5 },
    );
  });

  it('gives back both texts for very long lines without spaces and texts of one repeated word', () => {
    fc.assert(
      fc.property(veryLongLine, veryLongLine, (before, after) => {
        expectFaithful(before, after);
      }),
      { numRuns: 5 },
    );
    expectFaithful('the '.repeat(60_000), 'the '.repeat(30_000) + 'a ' + 'the '.repeat(30_000));
  });
});
