import type { TLanguage } from '@replies/shared';
import { headingLine, type ReportDocument, type ReportEntry, type TextBlock } from '../model/report-model';
import { splitTrailingPunctuation, URL_PATTERN } from './links';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Where a printed address points on the page: the address itself, unless the page knows a local path. */
type Href = (url: string) => string;
const asPrinted: Href = (url) => url;

/** Text with its URLs as links; everything else escaped, so a reply's markup is shown, never run. */
function linkify(text: string, href: Href = asPrinted): string {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const { url, trailing } = splitTrailingPunctuation(match[0]);
    html += escapeHtml(text.slice(at, match.index));
    html += `<a href="${escapeHtml(href(url))}">${escapeHtml(url)}</a>${escapeHtml(trailing)}`;
    at = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(at));
}

function block(b: TextBlock, href: Href): string {
  switch (b.kind) {
    case 'paragraph':
      return b.number
        ? `<p class="numbered"><span class="number">${escapeHtml(b.number)}</span> ${linkify(b.text, href)}</p>`
        : `<p>${linkify(b.text, href)}</p>`;
    case 'bullet':
      return `<p class="bullet level-${b.level}"><span class="marker">${escapeHtml(b.marker)}</span> ${linkify(b.text, href)}</p>`;
    case 'subparagraph':
      return `<p class="subparagraph"><span class="label">${escapeHtml(b.label)}</span> ${linkify(b.text, href)}</p>`;
  }
}

function entry(e: ReportEntry, level: 3 | 4, href: Href): string {
  const mark = e.footnoteId
    ? `<a class="footnote-ref" href="#fn-${e.footnoteId}" id="fnref-${e.footnoteId}" aria-describedby="footnotes-label">*</a>`
    : '';
  return [
    `<section class="entry" id="entry-${escapeHtml(e.entityCode)}">`,
    `<h${level}>${escapeHtml(e.heading)}${mark}</h${level}>`,
    `<p class="original">${escapeHtml(e.originalLine)}</p>`,
    `<p class="received">${escapeHtml(e.dateLine)}</p>`,
    ...e.blocks.map((b) => block(b, href)),
    '</section>',
  ].join('\n');
}

/** What a screen reader announces of the footnotes, in the report's language: their heading and the way back. */
const FOOTNOTE_LABELS: Record<TLanguage, { footnotes: string; back: string }> = {
  ar: { footnotes: 'الحواشي', back: 'العودة إلى النص' },
  zh: { footnotes: '脚注', back: '返回正文' },
  en: { footnotes: 'Footnotes', back: 'Back to the text' },
  fr: { footnotes: 'Notes', back: 'Retour au texte' },
  ru: { footnotes: 'Сноски', back: 'Вернуться к тексту' },
  es: { footnotes: 'Notas', back: 'Volver al texto' },
};

/** A line of the header, in the language it is printed in (the distribution block is English in ar, ru, zh). */
const line = (className: string, text: string | null, lang?: string) =>
  text === null ? '' : `<p class="${className}"${lang ? ` lang="${lang}" dir="ltr"` : ''}>${escapeHtml(text)}</p>`;

/** The header as UN documents print it: masthead and symbol, distribution block, session, agenda, title. */
function headerHtml(header: ReportDocument['header']): string {
  const block = header.distributionLanguage === 'en' ? 'en' : undefined;
  return [
    '<header class="report-header">',
    '<div class="masthead">',
    line('organ', header.organ),
    line('symbol', header.symbol, 'en'),
    '</div>',
    '<div class="distribution">',
    line('distr', header.distribution, block),
    line('issued-on', header.issuedOn, block),
    line('version-language', header.versionLanguage, block),
    line('original-language', header.originalLanguage, block),
    '</div>',
    line('body', header.body),
    line('session', header.session),
    line('session-dates', header.sessionDates),
    line('agenda-item', header.agenda),
    `<h1>${escapeHtml(header.title)}</h1>`,
    line('subtitle', header.subtitle),
    line('agenda-footnote', header.agendaFootnote),
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The report as an HTML fragment (an <article>), for the preview and the public page. The public
 * page passes `href` so that the full-text addresses printed in footnotes link within the site.
 */
export function renderHtmlArticle(document: ReportDocument, href: Href = asPrinted): string {
  const { header, language } = document;
  const parts = [`<article class="report" lang="${language}" dir="${document.direction}">`, headerHtml(header)];
  for (const section of document.sections) {
    parts.push(
      `<section class="report-section" id="${section.id}">`,
      `<h2>${escapeHtml(headingLine(section.number, section.heading, language))}</h2>`,
    );
    for (const p of section.paragraphs)
      parts.push(`<p class="numbered"><span class="number">${p.number}.</span> ${linkify(p.text, href)}</p>`);
    parts.push(...section.entries.map((e) => entry(e, 3, href)));
    for (const sub of section.subsections) {
      parts.push(
        `<section class="report-subsection" id="${sub.id}">`,
        `<h3>${escapeHtml(headingLine(sub.letter, sub.heading, language))}</h3>`,
        ...sub.entries.map((e) => entry(e, 4, href)),
        '</section>',
      );
    }
    parts.push('</section>');
  }
  if (document.footnotes.length) {
    const labels = FOOTNOTE_LABELS[language];
    parts.push(
      '<footer class="footnotes">',
      `<h2 id="footnotes-label" class="visually-hidden">${escapeHtml(labels.footnotes)}</h2>`,
      '<ol>',
    );
    for (const note of document.footnotes) {
      parts.push(
        `<li id="fn-${note.id}"><span class="marker">*</span> ${linkify(note.text, href)} <a class="back" href="#fnref-${note.id}" aria-label="${escapeHtml(labels.back)}">↩</a></li>`,
      );
    }
    parts.push('</ol>', '</footer>');
  }
  parts.push('</article>');
  return parts.filter(Boolean).join('\n');
}

export const REPORT_CSS = `
.report { font-family: "Times New Roman", "Noto Serif", "Noto Serif CJK SC", "Noto Naskh Arabic", serif; max-width: 46rem; margin: 0 auto; line-height: 1.5; color: #111; }
.report-header { border-bottom: 2px solid #111; margin-bottom: 1.5rem; }
.report-header .masthead { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; }
.report-header .organ { font-size: 1.2rem; font-weight: bold; }
.report-header .symbol { font-weight: bold; text-align: end; }
.report-header .distribution { text-align: end; }
.report-header .distribution p, .report-header .masthead p { margin: 0; }
.report-header .body { font-weight: bold; }
.report-header .agenda-footnote { font-size: 0.9rem; border-top: 1px solid #999; display: inline-block; padding-top: 0.25rem; }
.report h1 { font-size: 1.4rem; }
.report h2 { font-size: 1.2rem; margin-top: 2rem; }
.report h3, .report h4 { font-size: 1.05rem; margin-bottom: 0.25rem; }
.report .original, .report .received { text-align: end; margin: 0; }
.report .numbered .number, .report .subparagraph .label { display: inline-block; min-width: 2.2em; }
.report .bullet.level-1 { margin-inline-start: 2.2em; }
.report .bullet.level-2 { margin-inline-start: 4.4em; }
.report .subparagraph { margin-inline-start: 2.2em; }
.report .footnotes { border-top: 1px solid #999; margin-top: 2rem; font-size: 0.9rem; }
.report .footnotes ol { list-style: none; padding: 0; }
.report a { color: #00589c; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** A whole page: the preview's download and the printable HTML format. */
export function renderHtmlPage(document: ReportDocument): string {
  return [
    '<!doctype html>',
    `<html lang="${document.language}" dir="${document.direction}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.symbol)} — ${escapeHtml(document.header.title)}</title>`,
    `<style>${REPORT_CSS}</style></head>`,
    '<body>',
    renderHtmlArticle(document),
    '</body></html>',
  ].join('\n');
}
