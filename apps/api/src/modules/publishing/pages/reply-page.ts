import { formatLongDate, LANGUAGES, type TDecision, type TLanguage } from '@replies/shared';
import { toIsoDate } from '../../../common/dates';
import { headingName, type NamedEntity } from '../../compilation/model/entity-names';
import { escapeHtml } from '../../compilation/render/html';
import { direction, fileLabel, publishedOn, replyPath, slugOf } from './common';
import { publicPage, withLang } from './layout';
import { LANGUAGE_NAMES, LANGUAGE_SELF_NAMES, PUBLIC_TEXT } from './public-i18n';

export interface ReplyPageInput {
  language: TLanguage;
  version: number | null;
  entity: NamedEntity;
  cycleSymbol: string;
  addendum: number;
  /** "A/65/99" or "A/65/99/Add.1": the report that carries this reply. */
  reportSymbol: string;
  publishedAt: Date;
  isNewest: boolean;
  originalLanguage: TLanguage;
  receivedOn: Date;
  decision: TDecision;
  texts: { language: TLanguage; body: string; summary: string | null }[];
  file: { mediaType: string; size: number } | null;
  /** Languages in which its report (or addendum) is published: the way back to the entry. */
  reportLanguages: TLanguage[];
}

/** The full text of a reply: which text is the original, which are translations, the file as received. */
export function renderReplyPage(input: ReplyPageInput): string {
  const { language, version, entity } = input;
  const t = PUBLIC_TEXT[language];
  const path = replyPath(input.cycleSymbol, entity.code);
  const pinned = version === null ? '' : `&version=${version}`;
  const name = headingName(entity, language);
  const shown =
    input.texts.find((x) => x.language === language) ??
    input.texts.find((x) => x.language === input.originalLanguage) ??
    input.texts[0];
  const role = (code: TLanguage) => (code === input.originalLanguage ? t.originalText : t.translation);
  const reportSlug = slugOf(input.cycleSymbol, input.addendum);
  const reportLanguage = input.reportLanguages.includes(language)
    ? language
    : input.reportLanguages.includes('en')
      ? 'en'
      : input.reportLanguages[0];
  const reportHref = `/reports/${reportSlug}?lang=${reportLanguage}`;
  const others = LANGUAGES.filter((code) => code !== shown.language && input.texts.some((x) => x.language === code))
    .map(
      (code) =>
        `<li><a href="${escapeHtml(`${path}?lang=${code}${pinned}`)}" lang="${code}" hreflang="${code}">${LANGUAGE_SELF_NAMES[code]}</a> (${escapeHtml(role(code))})</li>`,
    )
    .join('');
  const textBlock = (text: string) =>
    `<div class="reply-text" lang="${shown.language}" dir="${direction(shown.language)}">${escapeHtml(text)}</div>`;
  const body = [
    `<h1>${escapeHtml(name)}</h1>`,
    `<p class="meta">${escapeHtml(t.inReport)}: <a href="${escapeHtml(reportHref)}">${escapeHtml(input.reportSymbol)}</a> · <a href="${escapeHtml(`${reportHref}#entry-${entity.code}`)}">${escapeHtml(t.entryInReport)}</a></p>`,
    input.isNewest
      ? ''
      : `<p class="notice" role="note">${escapeHtml(t.newerVersion)} <a href="${escapeHtml(withLang(path, language))}">${escapeHtml(t.readCurrent)}</a></p>`,
    '<dl class="facts">',
    `<dt>${escapeHtml(t.original)}</dt><dd>${escapeHtml(LANGUAGE_NAMES[language][input.originalLanguage])}</dd>`,
    `<dt>${escapeHtml(t.textShown)}</dt><dd>${escapeHtml(LANGUAGE_NAMES[language][shown.language])} (${escapeHtml(role(shown.language))})</dd>`,
    `<dt>${escapeHtml(t.received)}</dt><dd>${formatLongDate(toIsoDate(input.receivedOn), language)}</dd>`,
    `<dt>${escapeHtml(t.colInReport)}</dt><dd>${escapeHtml(t[`decision${input.decision}` as const])}</dd>`,
    `<dt>${escapeHtml(t.published)}</dt><dd>${publishedOn(input.publishedAt, language)}</dd>`,
    '</dl>',
    shown.language !== language ? `<p class="meta">${escapeHtml(t.notTranslated)}</p>` : '',
    `<h2>${escapeHtml(t.fullText)}</h2>`,
    textBlock(shown.body),
    shown.summary ? `<h2>${escapeHtml(t.summary)}</h2>${textBlock(shown.summary)}` : '',
    input.file
      ? `<p><a href="${escapeHtml(`${path}/original${version === null ? '' : `?version=${version}`}`)}" download>${escapeHtml(t.originalFile)}</a> (${escapeHtml(fileLabel(input.file, language))}, ${escapeHtml(LANGUAGE_NAMES[language][input.originalLanguage])})</p>`
      : '',
    others ? `<h2>${escapeHtml(t.textsOfReply)}</h2><ul>${others}</ul>` : '',
    `<p><a href="${escapeHtml(`/reports/entities/${entity.code}?lang=${language}`)}">${escapeHtml(t.repliesOf.replace('{name}', name))}</a></p>`,
  ].join('\n');
  return publicPage({
    language,
    title: `${name} — ${input.reportSymbol}`,
    path: `${path}${version === null ? '' : `?version=${version}`}`,
    body,
    head: '<style>.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; } .facts dd { margin: 0; } .notice { border-inline-start: 4px solid #c60; padding: 0.5rem 1rem; background: #fff6ec; }</style>',
  });
}
