import { DEFAULT_LANGUAGE } from './language-info';
import { Translator } from './translator';

/** The web app's one translator; setupI18n() gives it its language and strings before the first render. */
export const i18n = new Translator(DEFAULT_LANGUAGE);
