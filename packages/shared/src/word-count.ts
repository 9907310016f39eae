import { z } from 'zod';

/**
 * Counting length the way a reader of each script would. Latin, Cyrillic, Arabic and other scripts
 * that separate words with spaces: whitespace-separated words. Chinese (and Japanese kana), which do
 * not: characters, converted to an English-word equivalent with a stated ratio. Mixed text counts
 * each part its own way, so a Chinese page is never "one word".
 */

/** Chinese characters per English word: 1,000 English words ≈ 1,300–1,700 Chinese characters. */
export const CHINESE_CHARACTERS_PER_WORD = 1.5;

// Han ideographs (with extensions and compatibility forms) and kana.
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// A word must hold a letter or a digit: a lone dash or bullet is not a word.
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const ZWordCount = z.object({
  /** Length in English-word equivalents, compared with the cycle's limits. */
  words: z.number(),
  /** Whitespace-separated words outside Chinese text. */
  spacedWords: z.number(),
  /** Chinese characters (ideographs and kana), counted separately. */
  characters: z.number(),
});
export type TWordCount = z.infer<typeof ZWordCount>;

export function countWords(text: string): TWordCount {
  const characters = text.match(IDEOGRAPH)?.length ?? 0;
  const rest = characters ? text.replace(IDEOGRAPH, ' ') : text;
  const spacedWords = rest.split(/\s+/u).filter((token) => HAS_LETTER_OR_DIGIT.test(token)).length;
  return { words: spacedWords + Math.round(characters / CHINESE_CHARACTERS_PER_WORD), spacedWords, characters };
}
