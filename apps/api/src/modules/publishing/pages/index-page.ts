import { LANGUAGES, type TLanguage } from '@replies/shared';
import { escapeHtml } from '../../compilation/render/html';
import { publishedOn, slugOf, titleIn } from './common';
import { publicPage } from './layout';
import { LANGUAGE_SELF_NAMES, PUBLIC_TEXT } from './public-i18n';

export interface IndexedReport {
  symbol: string;
  addendum: number;
  /** The newest publication's symbol: "A/65/99/Corr.1". */
  shownSymbol: string;
  titles: { language: string; title: string }[];
  publishedAt: Date;
  languages: TLanguage[];
}

/** /reports: every report and addendum, newest first, with its languages and Word files. */
export function renderIndexPage(language: TLanguage, reports: IndexedReport[]): string {
  const t = PUBLIC_TEXT[language];
  const items = reports.map((report) => {
    const slug = slugOf(report.symbol, report.addendum);
    const links = LANGUAGES.filter((code) => report.languages.includes(code))
      .map(
        (code) =>
          `<li><a href="/reports/${escapeHtml(slug)}?lang=${code}" lang="${code}">${LANGUAGE_SELF_NAMES[code]}</a> (<a href="/reports/${escapeHtml(slug)}/download/${code}.docx">DOCX</a>)</li>`,
      )
      .join('');
    return `<li><h2><a href="/reports/${escapeHtml(slug)}?lang=${language}">${escapeHtml(report.shownSymbol)}</a></h2><p>${escapeHtml(titleIn(report.titles, language))}</p><p class="meta">${escapeHtml(t.published)}: ${publishedOn(report.publishedAt, language)} · <a href="/reports/${escapeHtml(slug)}?lang=${language}#replies">${escapeHtml(t.repliesIndex)}</a></p><ul class="downloads">${links}</ul></li>`;
  });
  const body = `<h1>${escapeHtml(t.reports)}</h1>${items.length ? `<ul class="reports" style="list-style:none;padding:0">${items.join('')}</ul>` : `<p>${escapeHtml(t.noReports)}</p>`}`;
  return publicPage({ language, title: t.reports, path: '/reports', body });
}
