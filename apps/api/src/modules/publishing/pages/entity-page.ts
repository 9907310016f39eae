import { formatLongDate, LANGUAGES, type TDecision, type TLanguage } from '@replies/shared';
import { toIsoDate } from '../../../common/dates';
import { headingName, type NamedEntity } from '../../compilation/model/entity-names';
import { escapeHtml } from '../../compilation/render/html';
import { publishedOn, replyPath, slugOf } from './common';
import { publicPage } from './layout';
import { LANGUAGE_NAMES, LANGUAGE_SELF_NAMES, PUBLIC_TEXT } from './public-i18n';

export interface EntityReply {
  cycleSymbol: string;
  addendum: number;
  title: string;
  publishedAt: Date;
  receivedOn: Date;
  originalLanguage: TLanguage;
  decision: TDecision;
  languages: TLanguage[];
  hasFile: boolean;
}

/** Everything a State or organization has published, newest first, in the reader's language. */
export function renderEntityPage(language: TLanguage, entity: NamedEntity, replies: EntityReply[]): string {
  const t = PUBLIC_TEXT[language];
  const name = headingName(entity, language);
  const items = replies.map((reply) => {
    const path = replyPath(reply.cycleSymbol, entity.code);
    const reportSymbol = `${reply.cycleSymbol}${reply.addendum ? `/Add.${reply.addendum}` : ''}`;
    const texts = [
      reply.originalLanguage,
      ...LANGUAGES.filter((code) => code !== reply.originalLanguage && reply.languages.includes(code)),
    ]
      .map(
        (code) =>
          `<li><a href="${escapeHtml(`${path}?lang=${code}`)}" lang="${code}" hreflang="${code}">${LANGUAGE_SELF_NAMES[code]}</a> (${escapeHtml(code === reply.originalLanguage ? t.originalText : t.translation)})</li>`,
      )
      .join('');
    const file = reply.hasFile
      ? `<li><a href="${escapeHtml(`${path}/original`)}" download>${escapeHtml(t.originalFile)}</a></li>`
      : '';
    return `<li>
<h2><a href="${escapeHtml(`${path}?lang=${language}`)}">${escapeHtml(reportSymbol)}</a></h2>
<p>${escapeHtml(reply.title)}</p>
<p class="meta">${escapeHtml(t.received)}: ${formatLongDate(toIsoDate(reply.receivedOn), language)} · ${escapeHtml(t.original)}: ${escapeHtml(LANGUAGE_NAMES[language][reply.originalLanguage])} · ${escapeHtml(t.colInReport)}: <a href="${escapeHtml(`/reports/${slugOf(reply.cycleSymbol, reply.addendum)}?lang=${language}#entry-${entity.code}`)}">${escapeHtml(t[`decision${reply.decision}` as const])}</a> · ${escapeHtml(t.published)}: ${publishedOn(reply.publishedAt, language)}</p>
<ul class="downloads">${texts}${file}</ul>
</li>`;
  });
  const body = `<h1>${escapeHtml(name)}</h1>
<p class="meta">${escapeHtml(t[`group${entity.type}` as const])}</p>
<h2 class="visually-hidden">${escapeHtml(t.entityReplies)}</h2>
<ol class="entity-replies" style="list-style:none;padding:0">${items.join('\n')}</ol>`;
  return publicPage({
    language,
    title: t.repliesOf.replace('{name}', name),
    path: `/reports/entities/${entity.code}`,
    body,
  });
}
