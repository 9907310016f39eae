import fc from 'fast-check';

/**
 * Generators of the text an attacker (or an unlucky paste from Word) sends: the shapes that made
 * regular expressions backtrack and pairwise comparisons explode, in every script the portal serves.
 */

/** Single characters that matter to the parsers: digits, dots, brackets, bullets, every kind of space. */
export const trickyCharacter = fc.constantFrom(
  ...'0123456789..()ivxlcabo•·-–—*▪◦ \t\u00a0\u3000\u2028\u2029\u200f\u202e,;:!?。，；：/'.split(''),
  'http://',
  'https://',
  '中',
  'ع',
  'ж',
  '😀',
);

/** Lines a reply can hold, mixing every script and the markers of numbering and bullets. */
export const trickyLine = fc.string({ unit: trickyCharacter, maxLength: 40 });

export const mixedScripts = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '1', '.', '中', '文', 'ع', 'ر', 'ж', 'й', 'é', '😀', '\n', '\u00a0', '，', '。'),
  maxLength: 200,
});

/** "1." then a long run of digits and dots, then something that is not a space: the 2^n case. */
export const longDigitRun = fc
  .tuple(
    fc.integer({ min: 30, max: 5_000 }),
    fc.constantFrom('a', '.', '..', 'x y', ''),
    fc.constantFrom('1', '1.2', '.'),
  )
  .map(([length, end, unit]) => `1.${unit.repeat(Math.ceil(length / unit.length))}${end}`);

/** An address followed by a long run of punctuation, then maybe a letter: the n^2 case of links. */
export const longPunctuationRun = fc
  .tuple(
    fc.integer({ min: 1_000, max: 60_000 }),
    fc.constantFrom('.', ',', '。', '.,;:!?'),
    fc.constantFrom('', 'x', ' end.'),
  )
  .map(([length, unit, end]) => `See http://example.org/a${unit.repeat(Math.ceil(length / unit.length))}${end}`);

/** Deeply indented bullets and subparagraphs, as pasted from a Word outline. */
export const deepBullets = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('•', '-', '–', 'o', '(a)', 'a)', '(iv)', '1.2.')), {
    minLength: 1,
    maxLength: 300,
  })
  .map((lines) => lines.map(([depth, marker], i) => `${'\t'.repeat(depth)}${marker} item ${i}`).join('\n'));

/** One line of up to 200,000 characters without a line break. */
export const veryLongLine = fc
  .tuple(fc.integer({ min: 10_000, max: 200_000 }), fc.constantFrom('a', '1', '中', ' .', 'ab ', '1.'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** A short sentence from a small vocabulary, so that generated replies repeat each other. */
export const sentence = fc
  .array(
    fc.constantFrom(
      'the',
      'State',
      'adopted',
      'measures',
      'export',
      'controls',
      'nuclear',
      '防止',
      '措施',
      'in',
      '2010',
    ),
    {
      minLength: 3,
      maxLength: 9,
    },
  )
  .map((words) => `${words.join(' ')}.`);

/** A reply of a few sentences, some of which repeat. */
export const smallReply = fc.array(sentence, { maxLength: 40 }).map((sentences) => sentences.join(' '));

/** Thousands of sentences that differ by a number only: every sentence looks like every other. */
export const nearDuplicates = fc
  .tuple(fc.integer({ min: 1_000, max: 3_000 }), fc.constantFrom('The Government reports measure', '政府报告措施'))
  .map(([count, stem]) => Array.from({ length: count }, (_, i) => `${stem} ${i} in force.`).join(' '));
