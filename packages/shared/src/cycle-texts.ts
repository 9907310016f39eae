import { z } from 'zod';
import { LANGUAGES, ZLanguage, type TLanguage } from './languages';
import { atMost } from './limits';

const text = (max: number) => z.string().trim().max(max, atMost(max));

/** A text in any of the six official languages; an empty one means "not written yet in that language". */
export const ZLocalizedText = (max: number) =>
  z.strictObject({
    ar: text(max).optional(),
    zh: text(max).optional(),
    en: text(max).optional(),
    fr: text(max).optional(),
    ru: text(max).optional(),
    es: text(max).optional(),
  });
export type TLocalizedText = Partial<Record<TLanguage, string>>;
/** A stored text in the languages it was written in. */
export const ZStoredLocalizedText = z.partialRecord(ZLanguage, z.string());

/**
 * The generated paragraphs of the report's introduction, which the editor may rewrite per language:
 * the mandate, the note verbale and letters, the new-information-only request (printed with the
 * requests), the replies received as at the cut-off, and the addenda.
 */
export const INTRODUCTION_PARAGRAPHS = [
  'mandate',
  'requests',
  'newInformationOnly',
  'receivedAsAt',
  'addenda',
] as const;
export type TIntroductionParagraph = (typeof INTRODUCTION_PARAGRAPHS)[number];
export const ZIntroductionParagraph = z.enum(INTRODUCTION_PARAGRAPHS);

export const ZIntroductionTexts = z.strictObject(
  Object.fromEntries(INTRODUCTION_PARAGRAPHS.map((key) => [key, text(5000).optional()])) as Record<
    TIntroductionParagraph,
    z.ZodOptional<ReturnType<typeof text>>
  >,
);
export type TIntroductionTexts = Partial<Record<TIntroductionParagraph, string>>;

/** The editor's own paragraphs, per language: `{ fr: { mandate: "…" } }`. */
export const ZIntroduction = z.strictObject(
  Object.fromEntries(LANGUAGES.map((language) => [language, ZIntroductionTexts.optional()])) as Record<
    TLanguage,
    z.ZodOptional<typeof ZIntroductionTexts>
  >,
);
export type TIntroduction = Partial<Record<TLanguage, TIntroductionTexts>>;
export const ZStoredIntroduction = z.partialRecord(ZLanguage, z.partialRecord(ZIntroductionParagraph, z.string()));

/** The texts of one language without the empty ones. */
export function presentTexts<T extends Record<string, string | undefined | null>>(texts: T | undefined | null) {
  return Object.fromEntries(
    Object.entries(texts ?? {}).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  ) as Partial<Record<keyof T, string>>;
}
