import type { TEntity, TLanguage } from '@replies/shared';

/** The order in which the six names are shown and edited. */
export const NAME_LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const satisfies readonly TLanguage[];

/** An entity's name in the given language when it has one, else its English name (and the language of the text). */
export function entityName(entity: TEntity, language: TLanguage): { text: string; lang: TLanguage } {
  const name = entity.names[language];
  return name && name.trim() ? { text: name, lang: language } : { text: entity.names.en, lang: 'en' };
}

/** Entities sorted by their name in the given language. */
export function sortByName(entities: readonly TEntity[], language: TLanguage): TEntity[] {
  const collator = new Intl.Collator(language === 'zh' ? 'zh-Hans' : language);
  return [...entities].sort((a, b) => collator.compare(entityName(a, language).text, entityName(b, language).text));
}
