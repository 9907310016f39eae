import type { TLanguage } from '@replies/shared';

/** What a ReplyVersion holds: a whole submission (texts per language) or one translation. */
export interface VersionSnapshot {
  originalLanguage?: TLanguage | null;
  language?: TLanguage;
  texts?: Partial<Record<TLanguage, { body: string; summary: string | null }>>;
  body?: string;
  summary?: string | null;
  words?: number;
}

export function snapshotText(snapshot: VersionSnapshot, language: TLanguage): { body: string; summary: string } {
  if (snapshot.texts) {
    const text = snapshot.texts[language];
    return { body: text?.body ?? '', summary: text?.summary ?? '' };
  }
  return snapshot.language === language
    ? { body: snapshot.body ?? '', summary: snapshot.summary ?? '' }
    : { body: '', summary: '' };
}
