import { formatLongDate, LANGUAGES, type TDecision, type TLanguage } from '@replies/shared';
import { toIsoDate } from '../../../common/dates';
import { headingName, type NamedEntity } from '../../compilation/model/entity-names';
import type { ReportDocument } from '../../compilation/model/report-model';
import { escapeHtml, renderHtmlArticle } from '../../compilation/render/html';
import { fileLabel, inReportOrder, publishedOn, replyPath } from './common';
import { printRules, publicPage } from './layout';
import { LANGUAGE_NAMES, LANGUAGE_SELF_NAMES, PUBLIC_TEXT } from './public-i18n';

export interface IndexedReply {
  entity: NamedEntity;
  originalLanguage: TLanguage;
  receivedOn: Date;
  decision: TDecision;
  /** Languages of its texts, the original among them. */
  languages: TLanguage[];
  file: { mediaType: string; size: number } | null;
}

export interface ReportPageInput {
  language: TLanguage;
  /** "/reports/A-65-99" or "/reports/A-65-99-Add.1". */
  path: string;
  /** The cycle's symbol: full texts live under it, whichever addendum carried them. */
  cycleSymbol: string;
  shownSymbol: string;
  /** `?version=` asked for, or null for the publication in force. */
  version: number | null;
  publication: { id: string; corrigendum: number; publishedAt: Date };
  otherVersions: { symbol: string; corrigendum: number; publishedAt: Date }[];
  document: ReportDocument;
  replies: IndexedReply[];
}

const CSS = `
.replies-index { margin-top: 3rem; }
.replies-index ul { margin: 0; padding-inline-start: 1.1rem; }
@media (max-width: 40rem) {
  table.replies thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.replies tr { display: block; border-bottom: 1px solid #ccc; padding: 0.5rem 0; }
  table.replies th, table.replies td { display: block; border: 0; padding: 0.1rem 0; }
  table.replies td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
}`;

/** A reply's row in the index: where its full text, its translations and its original file are. */
function row(reply: IndexedReply, input: ReportPageInput): string {
  const { language, version } = input;
  const t = PUBLIC_TEXT[language];
  const base = replyPath(input.cycleSymbol, reply.entity.code);
  const pinned = version === null ? '' : `&version=${version}`;
  const texts = [
    reply.originalLanguage,
    ...LANGUAGES.filter((code) => code !== reply.originalLanguage && reply.languages.includes(code)),
  ].map(
    (code) =>
      `<li><a href="${escapeHtml(`${base}?lang=${code}${pinned}`)}" lang="${code}" hreflang="${code}">${LANGUAGE_SELF_NAMES[code]}</a> (${escapeHtml(code === reply.originalLanguage ? t.originalText : t.translation)})</li>`,
  );
  if (reply.file)
    texts.push(
      `<li><a href="${escapeHtml(`${base}/original${version === null ? '' : `?version=${version}`}`)}" download>${escapeHtml(t.originalFile)}</a> (${escapeHtml(fileLabel(reply.file, language))})</li>`,
    );
  const name = headingName(reply.entity, language);
  return `<tr>
<th scope="row"><a href="${escapeHtml(`${base}?lang=${language}${pinned}`)}">${escapeHtml(name)}</a></th>
<td data-label="${escapeHtml(t.colGroup)}">${escapeHtml(t[`group${reply.entity.type}` as const])}</td>
<td data-label="${escapeHtml(t.colOriginal)}">${escapeHtml(LANGUAGE_NAMES[language][reply.originalLanguage])}</td>
<td data-label="${escapeHtml(t.colReceived)}">${formatLongDate(toIsoDate(reply.receivedOn), language)}</td>
<td data-label="${escapeHtml(t.colInReport)}"><a href="#entry-${escapeHtml(reply.entity.code)}">${escapeHtml(t[`decision${reply.decision}` as const])}</a></td>
<td data-label="${escapeHtml(t.colTexts)}"><ul>${texts.join('')}</ul></td>
</tr>`;
}

/** The index of the replies published with a report (or addendum), and its open data. */
export function repliesIndex(input: ReportPageInput): string {
  const t = PUBLIC_TEXT[input.language];
  const pinned = input.version === null ? '' : `?version=${input.version}`;
  const openData = [
    [`${input.path}/replies.json${pinned}`, t.repliesJson, 'application/json'],
    [`${input.path}/replies.csv${pinned}`, t.repliesCsv, 'text/csv'],
    [`${input.path}/download/full-texts.zip${pinned}`, t.fullTextsZip, 'application/zip'],
  ]
    .map(([href, label, type]) => `<li><a href="${escapeHtml(href)}" type="${type}">${escapeHtml(label)}</a></li>`)
    .join('');
  return `<section id="replies" class="replies-index no-print" aria-labelledby="replies-heading">
<h2 id="replies-heading">${escapeHtml(t.repliesIndex)} (${input.replies.length})</h2>
<table class="replies">
<thead><tr><th scope="col">${escapeHtml(t.colName)}</th><th scope="col">${escapeHtml(t.colGroup)}</th><th scope="col">${escapeHtml(t.colOriginal)}</th><th scope="col">${escapeHtml(t.colReceived)}</th><th scope="col">${escapeHtml(t.colInReport)}</th><th scope="col">${escapeHtml(t.colTexts)}</th></tr></thead>
<tbody>
${inReportOrder(input.replies, input.language)
  .map((reply) => row(reply, input))
  .join('\n')}
</tbody>
</table>
<h3>${escapeHtml(t.openData)}</h3>
<ul class="downloads">${openData}</ul>
</section>`;
}

/** The published report in one language, its downloads, earlier or later versions, and its replies. */
export function renderReportPage(input: ReportPageInput): string {
  const { language, path, version, document } = input;
  const t = PUBLIC_TEXT[language];
  const versionQuery = version === null ? '' : `?version=${version}`;
  const downloads = ['docx', 'html', 'md']
    .map(
      (ext) =>
        `<li><a href="${escapeHtml(`${path}/download/${language}.${ext}${versionQuery}`)}" download>${escapeHtml(t.download)} ${ext.toUpperCase()}</a></li>`,
    )
    .join('');
  const versions = input.otherVersions
    .map(
      (p) =>
        `<li><a href="${escapeHtml(`${path}?lang=${language}&version=${p.corrigendum}`)}">${escapeHtml(p.symbol)}</a> — ${publishedOn(p.publishedAt, language)}</li>`,
    )
    .join('');
  // The footnotes print the full texts' public addresses; on the site they link within it.
  const printed = new Map<string, string>();
  for (const section of document.sections) {
    for (const entry of [...section.entries, ...section.subsections.flatMap((s) => s.entries)]) {
      printed.set(entry.fullTextUrl, replyPath(input.cycleSymbol, entry.entityCode));
    }
  }
  for (const note of document.footnotes) printed.set(note.url, replyPath(input.cycleSymbol, note.entityCode));
  const body = [
    `<p class="meta">${escapeHtml(input.shownSymbol)} · ${escapeHtml(t.published)}: ${publishedOn(input.publication.publishedAt, language)}</p>`,
    `<ul class="downloads" aria-label="${escapeHtml(t.download)}">${downloads}<li><a href="#replies">${escapeHtml(t.repliesIndex)}</a></li></ul>`,
    versions ? `<details><summary>${escapeHtml(t.previousVersions)}</summary><ul>${versions}</ul></details>` : '',
    renderHtmlArticle(document, (url) => printed.get(url) ?? url),
    repliesIndex(input),
  ].join('\n');
  return publicPage({
    language,
    title: `${input.shownSymbol} ${document.header.title}`,
    path: `${path}${versionQuery}`,
    body,
    head: `<style>${CSS}</style>\n${printRules(input.shownSymbol)}`,
  });
}
