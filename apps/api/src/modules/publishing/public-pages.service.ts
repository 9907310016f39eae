import { Injectable } from '@nestjs/common';
import { LANGUAGES, formatLongDate, todayAt, type TLanguage } from '@replies/shared';
import { secretariatTimeZone, toIsoDate } from '../../common/dates';
import { headingName, type NamedEntity } from '../compilation/model/entity-names';
import type { ReportDocument } from '../compilation/model/report-model';
import { escapeHtml, renderHtmlArticle } from '../compilation/render/html';
import { publicPage, withLang } from './pages/layout';
import { LANGUAGE_SELF_NAMES, PUBLIC_TEXT } from './pages/public-i18n';
import { publishedSymbol } from './publishing.service';
import { PublishingRepository } from './publishing.repository';

export interface PublicPage {
  status: number;
  html: string;
}
export interface PublicFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

const FORMAT_OF: Record<string, { format: 'HTML' | 'DOCX' | 'MD'; type: string }> = {
  html: { format: 'HTML', type: 'text/html; charset=utf-8' },
  docx: { format: 'DOCX', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  md: { format: 'MD', type: 'text/markdown; charset=utf-8' },
};

type Names = {
  code: string;
  type: NamedEntity['type'];
  nameEn: string;
  nameFr: string | null;
  nameEs: string | null;
  nameRu: string | null;
  nameZh: string | null;
  nameAr: string | null;
};
const named = (e: Names): NamedEntity => ({
  code: e.code,
  type: e.type,
  names: { en: e.nameEn, fr: e.nameFr, es: e.nameEs, ru: e.nameRu, zh: e.nameZh, ar: e.nameAr },
});

/**
 * The publication to show in a language: the one asked for, or the newest that includes that
 * language (a corrigendum in Chinese only leaves the English original in force).
 */
export function pickPublication<P extends { corrigendum: number; languages: string[] }>(
  publications: P[],
  language: TLanguage,
  version: number | null,
): P | undefined {
  const inLanguage = publications.filter((p) => p.languages.includes(language));
  return version === null ? inLanguage.at(-1) : inLanguage.find((p) => p.corrigendum === version);
}

/** "A-65-99" → A/65/99, addendum 0; "A-65-99-Add.1" → A/65/99, addendum 1. */
export function parseSlug(slug: string): { symbol: string; addendum: number; base: string } {
  const match = slug.match(/^(.+?)(?:-Add\.(\d+))?$/)!;
  return { symbol: match[1].replace(/-/g, '/'), addendum: Number(match[2] ?? 0), base: match[1] };
}

/** A publication's date as the Secretariat's calendar has it (not UTC). */
const publishedOn = (at: Date, language: TLanguage) => formatLongDate(todayAt(secretariatTimeZone(), at), language);

const titleIn = (texts: { language: string; title: string }[], language: TLanguage) =>
  texts.find((t) => t.language === language && t.title)?.title ?? texts.find((t) => t.language === 'en')?.title ?? '';

/** The public site: server-rendered pages that read without JavaScript, built only from what was published. */
@Injectable()
export class PublicPagesService {
  constructor(private readonly publishing: PublishingRepository) {}

  notFound(language: TLanguage, path: string): PublicPage {
    const t = PUBLIC_TEXT[language];
    return {
      status: 404,
      html: publicPage({
        language,
        title: t.notFound,
        path,
        body: `<h1>${escapeHtml(t.notFound)}</h1><p><a href="${escapeHtml(withLang('/reports', language))}">${escapeHtml(t.back)}</a></p>`,
      }),
    };
  }

  async index(language: TLanguage): Promise<PublicPage> {
    const t = PUBLIC_TEXT[language];
    const publications = await this.publishing.publications();
    // One line per report or addendum: its newest publication, and every language ever published for it.
    const latest = new Map<string, (typeof publications)[number]>();
    const languagesOf = new Map<string, Set<TLanguage>>();
    for (const p of publications) {
      const key = `${p.cycle.symbol}|${p.addendum}`;
      if (!latest.has(key)) latest.set(key, p);
      languagesOf.set(key, new Set([...(languagesOf.get(key) ?? []), ...p.languages]));
    }
    const items = [...latest.values()].map((p) => {
      const languages = LANGUAGES.filter((code) => languagesOf.get(`${p.cycle.symbol}|${p.addendum}`)!.has(code));
      const slug = `${p.cycle.symbol.replace(/\//g, '-')}${p.addendum ? `-Add.${p.addendum}` : ''}`;
      const symbol = publishedSymbol(p.cycle.symbol, p.addendum, p.corrigendum);
      const links = languages
        .map(
          (code) =>
            `<li><a href="/reports/${escapeHtml(slug)}?lang=${code}" lang="${code}">${LANGUAGE_SELF_NAMES[code]}</a> (<a href="/reports/${escapeHtml(slug)}/download/${code}.docx">DOCX</a>)</li>`,
        )
        .join('');
      return `<li><h2><a href="/reports/${escapeHtml(slug)}?lang=${language}">${escapeHtml(symbol)}</a></h2><p>${escapeHtml(titleIn(p.cycle.texts, language))}</p><p class="meta">${escapeHtml(t.published)}: ${publishedOn(p.publishedAt, language)}</p><ul class="downloads">${links}</ul></li>`;
    });
    const body = `<h1>${escapeHtml(t.reports)}</h1>${items.length ? `<ul class="reports" style="list-style:none;padding:0">${items.join('')}</ul>` : `<p>${escapeHtml(t.noReports)}</p>`}`;
    return { status: 200, html: publicPage({ language, title: t.reports, path: '/reports', body }) };
  }

  async report(slug: string, language: TLanguage, version: number | null): Promise<PublicPage> {
    const t = PUBLIC_TEXT[language];
    const path = `/reports/${slug}`;
    const { symbol, addendum } = parseSlug(slug);
    const publications = await this.publishing.publicationsOf(symbol, addendum);
    if (!publications.length) return this.notFound(language, path);
    const publication = pickPublication(publications, language, version);
    const stored = publication && (await this.publishing.publishedReport(publication.id, language, 'JSON'));
    if (!publication || !stored) {
      const published = LANGUAGES.filter((code) => publications.some((p) => p.languages.includes(code)));
      const available = published
        .map(
          (code) =>
            `<li><a href="${escapeHtml(withLang(path, code))}" lang="${code}">${LANGUAGE_SELF_NAMES[code]}</a></li>`,
        )
        .join('');
      return {
        status: 404,
        html: publicPage({
          language,
          title: t.notFound,
          path,
          body: `<h1>${escapeHtml(t.notTranslated)}</h1><ul>${available}</ul>`,
        }),
      };
    }
    const document = JSON.parse(Buffer.from(stored.content).toString('utf8')) as ReportDocument;
    const shownSymbol = publishedSymbol(symbol, addendum, publication.corrigendum);
    const versionQuery = version === null ? '' : `?version=${version}`;
    const downloads = ['docx', 'html', 'md']
      .map(
        (ext) =>
          `<li><a href="${escapeHtml(`${path}/download/${language}.${ext}${versionQuery}`)}" download>${escapeHtml(t.download)} ${ext.toUpperCase()}</a></li>`,
      )
      .join('');
    const earlier = publications
      .filter((p) => p.id !== publication.id && p.languages.includes(language))
      .map(
        (p) =>
          `<li><a href="${escapeHtml(`${path}?lang=${language}&version=${p.corrigendum}`)}">${escapeHtml(publishedSymbol(symbol, addendum, p.corrigendum))}</a> — ${publishedOn(p.publishedAt, language)}</li>`,
      )
      .join('');
    const body = [
      `<p class="meta">${escapeHtml(shownSymbol)} · ${escapeHtml(t.published)}: ${publishedOn(publication.publishedAt, language)}</p>`,
      `<ul class="downloads" aria-label="${escapeHtml(t.download)}">${downloads}</ul>`,
      earlier ? `<details><summary>${escapeHtml(t.previousVersions)}</summary><ul>${earlier}</ul></details>` : '',
      renderHtmlArticle(document),
    ].join('\n');
    return {
      status: 200,
      html: publicPage({ language, title: `${shownSymbol} ${document.header.title}`, path, body }),
    };
  }

  async download(slug: string, file: string, version: number | null): Promise<PublicFile | null> {
    const match = file.match(/^(ar|zh|en|fr|ru|es)\.(docx|html|md)$/);
    if (!match) return null;
    const { symbol, addendum } = parseSlug(slug);
    const publications = await this.publishing.publicationsOf(symbol, addendum);
    const publication = pickPublication(publications, match[1] as TLanguage, version);
    if (!publication) return null;
    const { format, type } = FORMAT_OF[match[2]];
    const stored = await this.publishing.publishedReport(publication.id, match[1] as TLanguage, format);
    if (!stored) return null;
    const name = publishedSymbol(symbol, addendum, publication.corrigendum).replace(/\//g, '-');
    return { bytes: Buffer.from(stored.content), contentType: type, fileName: `${name}-${match[1]}.${match[2]}` };
  }

  async reply(slug: string, entityCode: string, language: TLanguage): Promise<PublicPage> {
    const t = PUBLIC_TEXT[language];
    const path = `/reports/${slug}/replies/${entityCode}`;
    const { symbol, base } = parseSlug(slug);
    const reply = await this.publishing.publishedReply(symbol, entityCode.toUpperCase());
    if (!reply) return this.notFound(language, path);
    const entity = named(reply.entity);
    const name = headingName(entity, language);
    const shown =
      reply.texts.find((x) => x.language === language) ??
      reply.texts.find((x) => x.language === reply.originalLanguage)!;
    const dir = (code: string) => (code === 'ar' ? 'rtl' : 'ltr');
    const others = reply.texts
      .filter((x) => x.language !== shown.language)
      .map(
        (x) =>
          `<li><a href="${escapeHtml(withLang(path, x.language as TLanguage))}" lang="${x.language}">${LANGUAGE_SELF_NAMES[x.language as TLanguage]}</a></li>`,
      )
      .join('');
    const reportSymbol = publishedSymbol(reply.publication.cycle.symbol, reply.publication.addendum, 0);
    const body = [
      `<h1>${escapeHtml(name)}</h1>`,
      `<p class="meta">${escapeHtml(t.inReport)}: <a href="/reports/${escapeHtml(base)}${reply.publication.addendum ? `-Add.${reply.publication.addendum}` : ''}?lang=${language}">${escapeHtml(reportSymbol)}</a></p>`,
      '<dl>',
      `<dt>${escapeHtml(t.original)}</dt><dd lang="${reply.originalLanguage}">${LANGUAGE_SELF_NAMES[reply.originalLanguage]}</dd>`,
      `<dt>${escapeHtml(t.received)}</dt><dd>${formatLongDate(toIsoDate(reply.receivedOn), language)}</dd>`,
      '</dl>',
      shown.language !== language ? `<p class="meta">${escapeHtml(t.notTranslated)}</p>` : '',
      `<h2>${escapeHtml(t.fullText)}</h2>`,
      `<div class="reply-text" lang="${shown.language}" dir="${dir(shown.language)}">${escapeHtml(shown.body)}</div>`,
      shown.summary
        ? `<h2>${escapeHtml(t.summary)}</h2><div class="reply-text" lang="${shown.language}" dir="${dir(shown.language)}">${escapeHtml(shown.summary)}</div>`
        : '',
      reply.attachmentId
        ? `<p><a href="${escapeHtml(`${path}/original`)}" download>${escapeHtml(t.originalFile)}</a></p>`
        : '',
      others ? `<h2>${escapeHtml(t.otherLanguages)}</h2><ul>${others}</ul>` : '',
    ].join('\n');
    return { status: 200, html: publicPage({ language, title: `${name} — ${reportSymbol}`, path, body }) };
  }

  async original(slug: string, entityCode: string): Promise<PublicFile | null> {
    const reply = await this.publishing.publishedReply(parseSlug(slug).symbol, entityCode.toUpperCase());
    const file = reply?.attachmentId ? await this.publishing.attachment(reply.attachmentId) : null;
    return file && { bytes: Buffer.from(file.content), contentType: file.mediaType, fileName: file.fileName };
  }

  async search(
    query: { q: string; cycle?: string; entity?: string; in?: TLanguage },
    language: TLanguage,
  ): Promise<PublicPage> {
    const t = PUBLIC_TEXT[language];
    const cycles = await this.publishing.publishedCycles();
    const q = query.q.trim().slice(0, 200);
    const hits = q
      ? await this.publishing.search({
          q,
          symbol: query.cycle ? query.cycle.replace(/-/g, '/') : undefined,
          entityCode: query.entity?.toUpperCase() || undefined,
          language: query.in,
        })
      : [];
    // Only the latest publication of each reply and language.
    const seen = new Set<string>();
    const results = hits
      .sort(
        (a, b) =>
          b.publishedReply.publication.publishedAt.getTime() - a.publishedReply.publication.publishedAt.getTime(),
      )
      .filter((hit) => {
        const key = `${hit.publishedReply.publication.cycle.symbol}|${hit.publishedReply.entityCode}|${hit.language}`;
        return !seen.has(key) && !!seen.add(key);
      });
    const option = (value: string, label: string, selected: boolean) =>
      `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
    const form = `<form class="search" method="get" action="/reports/search" role="search">
<input type="hidden" name="lang" value="${language}">
<label>${escapeHtml(t.searchLabel)}<input type="search" name="q" value="${escapeHtml(q)}" required maxlength="200"></label>
<label>${escapeHtml(t.cycle)}<select name="cycle">${option('', t.any, !query.cycle)}${cycles.map((c) => option(c.symbol.replace(/\//g, '-'), c.symbol, query.cycle === c.symbol.replace(/\//g, '-'))).join('')}</select></label>
<label>${escapeHtml(t.entity)}<input type="text" name="entity" value="${escapeHtml(query.entity ?? '')}" maxlength="16" placeholder="FIN"></label>
<label>${escapeHtml(t.language)}<select name="in">${option('', t.any, !query.in)}${LANGUAGES.map((code) => option(code, LANGUAGE_SELF_NAMES[code], query.in === code)).join('')}</select></label>
<button type="submit">${escapeHtml(t.submit)}</button>
</form>`;
    const list = results.map((hit) => {
      const slug = hit.publishedReply.publication.cycle.symbol.replace(/\//g, '-');
      const entityName = headingName(named(hit.publishedReply.entity), language);
      const text = hit.body.toLowerCase().includes(q.toLowerCase()) ? hit.body : (hit.summary ?? '');
      return `<li><a href="/reports/${escapeHtml(slug)}/replies/${escapeHtml(hit.publishedReply.entityCode)}?lang=${hit.language}">${escapeHtml(entityName)}</a> — ${escapeHtml(hit.publishedReply.publication.cycle.symbol)} (${LANGUAGE_SELF_NAMES[hit.language as TLanguage]})<p lang="${hit.language}">${snippet(text, q)}</p></li>`;
    });
    const body = `<h1>${escapeHtml(t.search)}</h1>${form}${q ? `<h2>${escapeHtml(t.results)} (${results.length})</h2>${list.length ? `<ol>${list.join('')}</ol>` : `<p>${escapeHtml(t.noResults)}</p>`}` : ''}`;
    return {
      status: 200,
      html: publicPage({ language, title: t.search, path: `/reports/search?q=${encodeURIComponent(q)}`, body }),
    };
  }
}

/** Some context around the first match, escaped, with the match marked. Works without word boundaries (Chinese). */
export function snippet(text: string, q: string): string {
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0) return escapeHtml(text.slice(0, 160));
  const start = Math.max(0, at - 60);
  const end = Math.min(text.length, at + q.length + 60);
  return `${start > 0 ? '…' : ''}${escapeHtml(text.slice(start, at))}<mark>${escapeHtml(text.slice(at, at + q.length))}</mark>${escapeHtml(text.slice(at + q.length, end))}${end < text.length ? '…' : ''}`;
}
