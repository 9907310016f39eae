import fc from 'fast-check';
import {
  findRepeatedPassages,
  similarity,
  splitSentences,
  trigrams,
  REPETITION_THRESHOLD,
  type TRepeatedPassage,
} from '@replies/shared';
import { mixedScripts, nearDuplicates, sentence, smallReply } from './arbitraries';

/** The pairwise comparison the index replaced: the specification of what it finds. */
function referencePassages(current: string, previous: string, threshold = REPETITION_THRESHOLD): TRepeatedPassage[] {
  const earlier = splitSentences(previous).map((s) => ({ sentence: s.sentence, grams: trigrams(s.sentence) }));
  const repeated: TRepeatedPassage[] = [];
  for (const s of splitSentences(current)) {
    const grams = trigrams(s.sentence);
    let best = { similarity: 0, previous: '' };
    for (const e of earlier) {
      const score = similarity(grams, e.grams);
      if (score > best.similarity) best = { similarity: score, previous: e.sentence };
    }
    if (best.similarity >= threshold)
      repeated.push({ ...s, similarity: Math.round(best.similarity * 100) / 100, previous: best.previous });
  }
  return repeated;
}

describe('passages repeated from the previous reply (property-based)', () => {
  it('finds exactly what comparing every pair of sentences finds, on replies of ordinary size', () => {
    fc.assert(
      fc.property(smallReply, smallReply, fc.constantFrom(0.3, 0.6, 0.9), (current, previous, threshold) => {
        expect(findRepeatedPassages(current, previous, threshold)).toEqual(
          referencePassages(current, previous, threshold),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the pairwise comparison on mixed scripts too', () => {
    fc.assert(
      fc.property(mixedScripts, mixedScripts, (current, previous) => {
        expect(findRepeatedPassages(current, previous)).toEqual(referencePassages(current, previous));
      }),
      { numRuns: 500 },
    );
  });

  it('points at the sentence of the reply that repeats, by offset', () => {
    fc.assert(
      fc.property(smallReply, smallReply, (current, previous) => {
        for (const passage of findRepeatedPassages(current, previous))
          expect(current.slice(passage.start, passage.end)).toBe(passage.sentence);
      }),
      { numRuns: 200 },
    );
  });

  it('still finds every sentence copied word for word among thousands that differ by a number', () => {
    fc.assert(
      fc.property(nearDuplicates, sentence, (previous, extra) => {
        const copied = splitSentences(previous).filter((_, i) => i % 97 === 0);
        const current = [...copied.map((s) => s.sentence), extra].join(' ');
        const found = findRepeatedPassages(current, previous);
        for (const s of copied) {
          const passage = found.find((p) => p.sentence === s.sentence);
          expect(passage).toMatchObject({ similarity: 1, previous: s.sentence });
        }
      }),
      { numRuns: 5 },
    );
  });

  it('answers for two texts of thousands of repeated short sentences', () => {
    const previous = Array.from({ length: 2000 }, (_, i) => `Measure ${i % 7} is in force.`).join(' ');
    const current = Array.from({ length: 2000 }, (_, i) => `Measure ${i % 5} is in force!`).join(' ');
    const found = findRepeatedPassages(current, previous);
    expect(found).toHaveLength(2000);
    expect(found.every((p) => p.similarity === 1)).toBe(true);
  });
});
