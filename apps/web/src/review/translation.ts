import type { TLanguage, TReply, TReplyVersionInfo } from '@replies/shared';
import type { TStoredTranslation } from '../api/client';

/** The language the translation form opens on: one already translated, else English, else the first. */
export function preferredLanguage(reply: TReply, languages: readonly TLanguage[]): TLanguage {
  return languages.find((code) => reply.texts[code]) ?? (languages.includes('en') ? 'en' : languages[0]);
}

/**
 * The version of a stored translation, which the API does not return yet: 0 for a new one. A stored
 * translation starts at 1 and each save adds one, as each save adds a TRANSLATION version of the reply,
 * so their count is its version. Should that ever differ, the save gets 409 STALE_VERSION with the
 * right one, and the user chooses.
 */
export function initialTranslationVersion(
  reply: TReply,
  versions: readonly TReplyVersionInfo[] | null,
  language: TLanguage,
): number {
  if (!reply.texts[language]) return 0;
  return versions?.filter((v) => v.kind === 'TRANSLATION' && v.language === language).length ?? 0;
}

/** The stored translation a 409 STALE_VERSION carries, if it looks like one. */
export function asStoredTranslation(value: unknown): TStoredTranslation | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<TStoredTranslation>;
  return typeof candidate.version === 'number' && typeof candidate.body === 'string'
    ? {
        language: candidate.language!,
        body: candidate.body,
        summary: candidate.summary ?? null,
        version: candidate.version,
      }
    : null;
}
