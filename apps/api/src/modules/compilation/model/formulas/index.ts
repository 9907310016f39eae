import type { TLanguage } from '@replies/shared';
import { arabic } from './ar';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { russian } from './ru';
import type { Formulas } from './types';
import { chinese } from './zh';

export type { Formulas, MandateFacts, SectionNumbers } from './types';

export const FORMULAS: Record<TLanguage, Formulas> = {
  en: english,
  zh: chinese,
  fr: french,
  es: spanish,
  ru: russian,
  ar: arabic,
};
