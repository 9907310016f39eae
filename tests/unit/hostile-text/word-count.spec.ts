import fc from 'fast-check';
import { countWords } from '@replies/shared';
import { longDigitRun, mixedScripts, trickyLine, veryLongLine } from './arbitraries';

describe('counting words in any script (property-based)', () => {
  it('counts two texts separated by a space as the sum of their counts', () => {
    fc.assert(
      fc.property(fc.oneof(mixedScripts, trickyLine), fc.oneof(mixedScripts, trickyLine), (a, b) => {
        const whole = countWords(`${a} ${b}`);
        const [x, y] = [countWords(a), countWords(b)];
        expect(whole.spacedWords).toBe(x.spacedWords + y.spacedWords);
        expect(whole.characters).toBe(x.characters + y.characters);
      }),
      { numRuns: 2000 },
    );
  });

  it('never counts more words than the text has characters, even in very long lines and digit runs', () => {
    fc.assert(
      fc.property(fc.oneof(veryLongLine, longDigitRun, mixedScripts), (text) => {
        const count = countWords(text);
        expect(count.spacedWords + count.characters).toBeLessThanOrEqual(text.length);
        expect(count.words).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });
});
