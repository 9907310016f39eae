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
input, select, button { font: inherit; padding: 0.4rem; }
button { background: #00589c; color: #fff; border: 0; border-radius: 4px; padding: 0.5rem 1rem; cursor: pointer; }
mark { background: #fff3b0; color: inherit; }
.site-footer { border-top: 1px solid #ccc; margin-top: 2rem; padding: 1rem; }
.site-footer ul { list-style: none; margin: 0 auto; padding: 0; max-width: 50rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
@media (max-width: 40rem) { main { padding: 0.75rem; } }
@media print {
  @page { size: A4; margin: 2.2cm 2cm 2.4cm; }
  .skip, .site-header, .site-footer, .no-print, .downloads, details, main > .meta, .report .footnotes .back { display: none !important; }
  body { font-size: 10pt; color: #000; }
  main { max-width: none; padding: 0; }
  a, .report a { color: inherit; text-decoration: none; }
  h1, h2, h3, h4 { break-after: avoid; }
  p { orphans: 2; widows: 2; }
}
`;

export interface PageOptions {
  language: TLanguage;
  title: string;
  /** The page's address without the language, to switch languages in place. */
  path: string;
  body: string;
  status?: number;
  /** Extra elements for <head>: print rules that name the document, alternates. */
  head?: string;
}

export const withLang = (path: string, language: TLanguage) =>
  `${path}${path.includes('?') ? '&' : '?'}lang=${language}`;

export const feedPath = (language: TLanguage) => `/reports/feed.xml?lang=${language}`;

/** A document symbol inside a CSS string: only the characters symbols use, everything else escaped. */
const cssString = (text: string) =>
  `"${text.replace(/[^A-Za-z0-9/. -]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;

/**
 * Print rules of a UN document: A4, the symbol at the top outer corner and the page number at the
 * bottom outer corner of every page but the first, whose masthead already carries the symbol.
 */
export function printRules(symbol: string): string {
  const s = cssString(symbol);
  const running = 'font: bold 9pt "Times New Roman", "Noto Serif", serif';
  return `<style media="print">
@page :left { @top-left { content: ${s}; ${running} } @bottom-left { content: counter(page); font-size: 9pt } }
@page :right { @top-right { content: ${s}; ${running} } @bottom-right { content: counter(page); font-size: 9pt } }
@page :first { @top-left { content: none } @top-right { content: none } }
</style>`;
}

/** Every public page: readable without JavaScript, in six languages, Arabic right to left. */
export function publicPage({ language, title, path, body, head = '' }: PageOptions): string {
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
<link rel="alternate" type="application/atom+xml" href="${escapeHtml(feedPath(language))}" title="${escapeHtml(t.feed)}">
${LANGUAGES.map((code) => `<link rel="alternate" hreflang="${code}" href="${escapeHtml(withLang(path, code))}">`).join('\n')}
${head}
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
<footer class="site-footer">
<ul>
<li><a href="${escapeHtml(withLang('/reports', language))}">${escapeHtml(t.reports)}</a></li>
<li><a href="${escapeHtml(withLang('/reports/search', language))}">${escapeHtml(t.search)}</a></li>
<li><a href="${escapeHtml(feedPath(language))}" type="application/atom+xml">${escapeHtml(t.feed)}</a></li>
</ul>
</footer>
</body>
</html>`;
}
