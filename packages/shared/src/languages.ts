import { z } from 'zod';

/** The six official languages of the United Nations, in the order UN documents list them. */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type TLanguage = (typeof LANGUAGES)[number];
export const ZLanguage = z.enum(LANGUAGES);
