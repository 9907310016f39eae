import { LANGUAGES, type TLanguage } from '@replies/shared';
import type { Request } from 'express';
import { escapeHtml } from '../../compilation/render/html';
import { publicPage, withLang } from './layout';
import { PUBLIC_TEXT } from './public-i18n';

/** Public pages are read by people, not programs: their errors are pages too, in the reader's language. */
export const isPublicPage = (path: string) => path === '/reports' || path.startsWith('/reports/');

/** The reader's language: `?lang=`, else the browser's preference among the six, else English. */
export function readerLanguage(request: Request): TLanguage {
  const asked = request.query?.lang;
  if (typeof asked === 'string' && (LANGUAGES as readonly string[]).includes(asked)) return asked as TLanguage;
  if (!request.headers['accept-language']) return 'en';
  const preferred = request.acceptsLanguages([...LANGUAGES]);
  return typeof preferred === 'string' ? (preferred as TLanguage) : 'en';
}

/** The page for an error status: 404 (nothing published here), other 4xx (bad address), 503, 500. */
export function publicErrorPage(status: number, language: TLanguage): string {
  const t = PUBLIC_TEXT[language];
  const message =
    status === 404 ? t.notFound : status === 503 ? t.unavailable : status >= 500 ? t.serverError : t.badAddress;
  return publicPage({
    language,
    title: message,
    path: '/reports',
    body: `<h1>${escapeHtml(message)}</h1><p><a href="${escapeHtml(withLang('/reports', language))}">${escapeHtml(t.back)}</a></p>`,
  });
}
