import { LANGUAGES, type TLanguage } from '@replies/shared';
import { api, type TReportChecks } from '../api/client';

/** The checks of the report in each of the six languages, or why they could not be run. */
export type ChecksByLanguage = Record<TLanguage, { checks: TReportChecks | null; error: unknown }>;

/**
 * Runs the checks in the six languages at once: the page shows those of the chosen language, and the
 * publish form ticks the languages in which nothing is missing. Fails only when every language failed.
 */
export async function loadAllChecks(slug: string, addendum: 0 | 1, signal: AbortSignal): Promise<ChecksByLanguage> {
  const settled = await Promise.allSettled(LANGUAGES.map((lang) => api.report.checks(slug, lang, addendum, signal)));
  const byLanguage = {} as ChecksByLanguage;
  LANGUAGES.forEach((lang, index) => {
    const result = settled[index];
    byLanguage[lang] =
      result.status === 'fulfilled' ? { checks: result.value, error: null } : { checks: null, error: result.reason };
  });
  if (LANGUAGES.every((lang) => byLanguage[lang].error)) throw byLanguage[LANGUAGES[0]].error;
  return byLanguage;
}

/** How many things are missing in a language: translations of replies, and the cycle's texts, date of issue or office name. */
export function missingCount(checks: TReportChecks): number {
  return checks.missingTranslations.length + checks.missingCycleFields.length;
}

/** The points an editor should look at before publishing (the length counts as one). */
export function pointsToLookAt(checks: TReportChecks): number {
  return (
    (checks.overWordLimit ? 1 : 0) +
    missingCount(checks) +
    checks.notAccepted.length +
    checks.namesOtherEntity.length +
    checks.contradictions.length
  );
}

/**
 * The languages ticked in the publish form: those whose checks found nothing missing. A missing title
 * counts too, since the report would then print the English one.
 */
export function readyLanguages(byLanguage: ChecksByLanguage | null): TLanguage[] {
  return LANGUAGES.filter((lang) => {
    const checks = byLanguage?.[lang].checks;
    return checks ? missingCount(checks) === 0 : false;
  });
}
