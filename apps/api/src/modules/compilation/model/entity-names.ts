import type { TEntityType, TLanguage } from '@replies/shared';

export interface NamedEntity {
  code: string;
  type: TEntityType;
  names: Partial<Record<TLanguage, string | null>> & { en: string };
}

// UNTERM writes the article in brackets after the name: "Netherlands (the)", "Pays-Bas (les)", "Afganistán (el)".
const BRACKETED_ARTICLE = /^(.*?)\s*\(([^()]+)\)$/;

function split(name: string): { bare: string; article: string | null } {
  const match = name.match(BRACKETED_ARTICLE);
  return match ? { bare: match[1], article: match[2] } : { bare: name, article: null };
}

/** The name in the report's language, or null when it has not been given yet. */
export function localName(entity: NamedEntity, language: TLanguage): string | null {
  return entity.names[language]?.trim() || null;
}

/** The name as a heading prints it: without UNTERM's bracketed article; English when the language's name is missing. */
export function headingName(entity: NamedEntity, language: TLanguage): string {
  return split(localName(entity, language) ?? entity.names.en).bare;
}

/** English running text keeps the article: "the Netherlands". */
function englishRunning(name: string): string {
  const { bare, article } = split(name);
  return article ? `${article} ${bare}` : bare;
}

const vowel = /^[aeiouyàâéèêëîïôûüœh]/i;

/** "de l'Australie", "de la Finlande", "du Mexique", "des Pays-Bas", "d'Israël", "de Cuba". */
function frenchOf(name: string): string {
  const { bare, article } = split(name);
  switch (article) {
    case "l'":
      return `de l'${bare}`;
    case 'la':
      return `de la ${bare}`;
    case 'le':
      return `du ${bare}`;
    case 'les':
      return `des ${bare}`;
    default:
      return vowel.test(bare) ? `d'${bare}` : `de ${bare}`;
  }
}

/** "del Afganistán", "de la India", "de los Países Bajos", "de Cuba". */
function spanishOf(name: string): string {
  const { bare, article } = split(name);
  switch (article) {
    case 'el':
      return `del ${bare}`;
    case 'la':
    case 'los':
    case 'las':
      return `de ${article} ${bare}`;
    default:
      return `de ${bare}`;
  }
}

const FRENCH_FEMININE = new Set([
  'Communauté',
  'Commission',
  'Ligue',
  'Banque',
  'Cour',
  'Conférence',
  'Fédération',
  'Division',
]);
const SPANISH_FEMININE =
  /^(Organización|Comunidad|Comisión|Liga|Unión|Entidad|Oficina|Agencia|Asociación|Federación|Autoridad|Corte|Conferencia|División)\b/;

/** An organization's name with its article, as running text names it: "the …", "l'Agence …", "la Ligue …", "el Organismo …". */
function organizationWithArticle(name: string, language: TLanguage): string {
  switch (language) {
    case 'en':
      return `the ${name}`;
    case 'fr':
      if (/^[aeiouyàâéèêëîïôûüœ]/i.test(name)) return `l'${name}`;
      return FRENCH_FEMININE.has(name.split(/[\s-]/)[0]) ? `la ${name}` : `le ${name}`;
    case 'es':
      return SPANISH_FEMININE.test(name) ? `la ${name}` : `el ${name}`;
    default:
      return name;
  }
}

/**
 * Who sent the reply, as running text names it: "the Government of Australia", "澳大利亚政府",
 * "le Gouvernement de l'Australie", or the organization with its article ("the International Atomic
 * Energy Agency", "l'Agence internationale de l'énergie atomique"). Always the entry's own entity.
 */
export function senderPhrase(entity: NamedEntity, language: TLanguage): string {
  const name = localName(entity, language) ?? entity.names.en;
  if (entity.type !== 'STATE') return organizationWithArticle(split(name).bare, language);
  switch (language) {
    case 'en':
      return `the Government of ${englishRunning(name)}`;
    case 'zh':
      return `${name}政府`;
    case 'fr':
      return `le Gouvernement ${frenchOf(name)}`;
    case 'es':
      return `el Gobierno ${spanishOf(name)}`;
    case 'ru':
      // Russian would inflect the name; apposition keeps it in the nominative and grammatical.
      return `правительство государства ${name}`;
    case 'ar':
      return `حكومة ${name}`;
  }
}

/** States as the introduction lists them in running text. */
export function runningName(entity: NamedEntity, language: TLanguage): string {
  const name = localName(entity, language) ?? entity.names.en;
  if (language === 'en') return englishRunning(name);
  if (language === 'fr' || language === 'es') {
    const { bare, article } = split(name);
    if (!article) return bare;
    return article.endsWith("'") ? `${article}${bare}` : `${article} ${bare}`;
  }
  return split(name).bare;
}
