import { LANGUAGES, type TLanguage } from '@replies/shared';
import { escapeHtml, REPORT_CSS } from '../../compilation/render/html';
import { LANGUAGE_SELF_NAMES, PUBLIC_TEXT } from './public-i18n';

const SITE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", sans-serif; color: #1b1b1b; background: #fff; line-height: 1.5; }
a { color: #00589c; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #00589c; outline-offset: 2px; }
.skip { position: absolute; inset-inline-start: -999px; }
.skip:focus { inset-inline-start: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 1; }
.site-header { border-top: 4px solid #009edb; border-bottom: 1px solid #ccc; padding: 0.75rem 1rem; display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: center; justify-content: space-between; }
.site-header .site { font-weight: bold; color: #00589c; text-decoration: none; font-size: 1.1rem; }
.site-header nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; }
main { max-width: 50rem; margin: 0 auto; padding: 1rem; }
.meta { color: #444; }
.downloads { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; padding: 0; list-style: none; }
.reply-text { white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 0.4rem; text-align: start; vertical-align: top; }
form.search { display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); align-items: end; }
form.search label { display: grid; gap: 0.25rem; }
input, select, button { font: inherit; padding: 0.4rem; }
button { background: #00589c; color: #fff; border: 0; border-radius: 4px; padding: 0.5rem 1rem; cursor: pointer; }
mark { background: #fff3b0; }
@media (max-width: 40rem) { main { padding: 0.75rem; } }
`;

export interface PageOptions {
  language: TLanguage;
  title: string;
  /** The page's address without the language, to switch languages in place. */
  path: string;
  body: string;
  status?: number;
}

export const withLang = (path: string, language: TLanguage) =>
  `${path}${path.includes('?') ? '&' : '?'}lang=${language}`;

/** Every public page: readable without JavaScript, in six languages, Arabic right to left. */
export function publicPage({ language, title, path, body }: PageOptions): string {
  const t = PUBLIC_TEXT[language];
  const switcher = LANGUAGES.map((code) =>
    code === language
      ? `<li><span aria-current="true" lang="${code}">${LANGUAGE_SELF_NAMES[code]}</span></li>`
      : `<li><a href="${escapeHtml(withLang(path, code))}" lang="${code}" hreflang="${code}">${LANGUAGE_SELF_NAMES[code]}</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(t.site)}</title>
<style>${SITE_CSS}${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#content">${escapeHtml(t.skip)}</a>
<header class="site-header">
<a class="site" href="${escapeHtml(withLang('/reports', language))}">${escapeHtml(t.site)}</a>
<nav aria-label="${escapeHtml(t.languages)}"><ul>${switcher}</ul></nav>
<a href="${escapeHtml(withLang('/reports/search', language))}">${escapeHtml(t.search)}</a>
</header>
<main id="content">
${body}
</main>
</body>
</html>`;
}
