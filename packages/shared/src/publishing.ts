import { z } from 'zod';
import { LANGUAGES, ZLanguage } from './languages';

export const ZLanguagesToPublish = z
  .array(ZLanguage)
  .min(1, { error: 'Choose at least one language to publish.' })
  .max(6);

/** Publish the report (addendum 0) or its addendum (1) in the chosen languages; again = a corrigendum. */
export const ZPublishReport = z.object({
  languages: ZLanguagesToPublish.default([...LANGUAGES]),
  addendum: z.union([z.literal(0), z.literal(1)]).default(0),
});
export type TPublishReport = z.input<typeof ZPublishReport>;
export type TPublishReportValues = z.output<typeof ZPublishReport>;
