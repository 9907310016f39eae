import { LANGUAGES, type TLanguage } from '@replies/shared';

/** What the report page shows: the report or its addendum, in one of the six languages. */
export interface ReportChoice {
  lang: TLanguage;
  addendum: 0 | 1;
}

const isLanguage = (value: string | null): value is TLanguage => (LANGUAGES as readonly string[]).includes(value ?? '');

/** The choice kept in the address (?lang=zh&addendum=1), so that it survives a reload and can be shared. */
export function readChoice(params: URLSearchParams, fallback: TLanguage): ReportChoice {
  const lang = params.get('lang');
  return { lang: isLanguage(lang) ? lang : fallback, addendum: params.get('addendum') === '1' ? 1 : 0 };
}

export function choiceParams(choice: ReportChoice): URLSearchParams {
  const params = new URLSearchParams({ lang: choice.lang });
  if (choice.addendum) params.set('addendum', '1');
  return params;
}
