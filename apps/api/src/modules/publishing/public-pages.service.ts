import { Injectable, Logger } from '@nestjs/common';
import { LANGUAGES, type TLanguage } from '@replies/shared';
import type { ReportDocument } from '../compilation/model/report-model';
import { escapeHtml } from '../compilation/render/html';
import { named, publishedSymbol } from './pages/common';
import { renderEntityPage, type EntityReply } from './pages/entity-page';
import { renderIndexPage, type IndexedReport } from './pages/index-page';
import { publicPage, withLang } from './pages/layout';
import { LANGUAGE_SELF_NAMES, PUBLIC_TEXT } from './pages/public-i18n';
import { renderReplyPage } from './pages/reply-page';
import { renderReportPage } from './pages/report-page';
import { PublicDocumentsService, type Rendered, type Served } from './public-documents.service';
import { PublishingRepository } from './publishing.repository';
import { ReadingRoomRepository } from './reading-room.repository';

export const HTML = 'text/html; charset=utf-8';
const page = (html: string, status = 200): Rendered => ({ status, contentType: HTML, body: html });

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

const versionQuery = (version: number | null) => (version === null ? '' : `&version=${version}`);

/** The public site's pages: server-rendered, readable without JavaScript, built only from what was published. */
@Injectable()
export class PublicPagesService {
  private readonly logger = new Logger(PublicPagesService.name);

  constructor(
    private readonly publishing: PublishingRepository,
    private readonly reading: ReadingRoomRepository,
    private readonly documents: PublicDocumentsService,
  ) {}

  notFound(language: TLanguage, path: string): Rendered {
    const t = PUBLIC_TEXT[language];
    return page(
      publicPage({
        language,
        title: t.notFound,
        path,
        body: `<h1>${escapeHtml(t.notFound)}</h1><p><a href="${escapeHtml(withLang('/reports', language))}">${escapeHtml(t.back)}</a></p>`,
      }),
      404,
    );
  }

  index(language: TLanguage): Promise<Served> {
    return this.documents.serve(`/reports?lang=${language}`, async () => {
      const publications = await this.publishing.publications();
      // One line per report or addendum: its newest publication, and every language ever published for it.
      const reports = new Map<string, IndexedReport>();
      for (const p of publications) {
        const key = `${p.cycle.symbol}|${p.addendum}`;
        const report = reports.get(key) ?? {
          symbol: p.cycle.symbol,
          addendum: p.addendum,
          shownSymbol: publishedSymbol(p.cycle.symbol, p.addendum, p.corrigendum),
          titles: p.cycle.texts,
          publishedAt: p.publishedAt,
          languages: [],
        };
        report.languages = [...new Set([...report.languages, ...p.languages])];
        reports.set(key, report);
      }
      return page(renderIndexPage(language, [...reports.values()]));
    });
  }

  report(slug: string, language: TLanguage, version: number | null): Promise<Served> {
    return this.documents.serve(`/reports/${slug}?lang=${language}${versionQuery(version)}`, () =>
      this.renderReport(slug, language, version),
    );
  }

  private async renderReport(slug: string, language: TLanguage, version: number | null): Promise<Rendered> {
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
      return page(
        publicPage({
          language,
          title: t.notFound,
          path,
          body: `<h1>${escapeHtml(t.notTranslated)}</h1><ul>${available}</ul>`,
        }),
        404,
      );
    }
    const replies = await this.reading.repliesOf(publication.id);
    const files = await this.reading.filesMeta(replies.map((r) => r.attachmentId));
    const html = renderReportPage({
      language,
      path,
      cycleSymbol: symbol,
      shownSymbol: publishedSymbol(symbol, addendum, publication.corrigendum),
      version,
      publication,
      otherVersions: publications
        .filter((p) => p.id !== publication.id && p.languages.includes(language))
        .map((p) => ({
          symbol: publishedSymbol(symbol, addendum, p.corrigendum),
          corrigendum: p.corrigendum,
          publishedAt: p.publishedAt,
        })),
      document: JSON.parse(Buffer.from(stored.content).toString('utf8')) as ReportDocument,
      replies: replies.map((r) => ({
        entity: named(r.entity),
        originalLanguage: r.originalLanguage,
        receivedOn: r.receivedOn,
        decision: r.decision,
        languages: r.texts.map((x) => x.language),
        file: (r.attachmentId && files.get(r.attachmentId)) || null,
      })),
    });
    return page(html);
  }

  reply(slug: string, entityCode: string, language: TLanguage, version: number | null): Promise<Served> {
    const code = entityCode.toUpperCase();
    const { symbol } = parseSlug(slug);
    const path = `/reports/${symbol.replace(/\//g, '-')}/replies/${code}`;
    return this.documents.serve(`${path}?lang=${language}${versionQuery(version)}`, async () => {
      const reply = await this.reading.publishedReply(symbol, code, version);
      if (!reply) return this.notFound(language, path);
      const { publication } = reply;
      const [file, reportPublications] = await Promise.all([
        reply.attachmentId ? this.reading.filesMeta([reply.attachmentId]) : null,
        this.publishing.publicationsOf(symbol, publication.addendum),
      ]);
      return page(
        renderReplyPage({
          language,
          version,
          entity: named(reply.entity),
          cycleSymbol: symbol,
          addendum: publication.addendum,
          reportSymbol: publishedSymbol(symbol, publication.addendum, 0),
          publishedAt: publication.publishedAt,
          isNewest: reply.isNewest,
          originalLanguage: reply.originalLanguage,
          receivedOn: reply.receivedOn,
          decision: reply.decision,
          texts: reply.texts,
          file: (reply.attachmentId && file?.get(reply.attachmentId)) || null,
          reportLanguages: LANGUAGES.filter((code) => reportPublications.some((p) => p.languages.includes(code))),
        }),
      );
    });
  }

  entity(entityCode: string, language: TLanguage): Promise<Served> {
    const code = entityCode.toUpperCase();
    const path = `/reports/entities/${code}`;
    return this.documents.serve(`${path}?lang=${language}`, async () => {
      const { entity, replies } = await this.reading.entity(code);
      if (!entity || !replies.length) return this.notFound(language, path);
      // Newest first; one line per report or addendum: the reply as last published there.
      const seen = new Set<string>();
      const current: EntityReply[] = [];
      for (const reply of replies) {
        const key = `${reply.publication.cycle.id}|${reply.publication.addendum}`;
        if (seen.has(key)) continue;
        seen.add(key);
        current.push({
          cycleSymbol: reply.publication.cycle.symbol,
          addendum: reply.publication.addendum,
          title:
            reply.publication.cycle.texts.find((x) => x.language === language)?.title ??
            reply.publication.cycle.texts.find((x) => x.language === 'en')?.title ??
            '',
          publishedAt: reply.publication.publishedAt,
          receivedOn: reply.receivedOn,
          originalLanguage: reply.originalLanguage,
          decision: reply.decision,
          languages: reply.texts.map((x) => x.language),
          hasFile: !!reply.attachmentId,
        });
      }
      return page(renderEntityPage(language, named(entity), current));
    });
  }

  /**
   * Renders a new publication's pages at once, so the first readers get them as stored. Pages not
   * rendered here (other languages, versions) are rendered on their first request.
   */
  async prerender(symbol: string, addendum: number, languages: TLanguage[], entityCodes: string[]) {
    const slug = `${symbol.replace(/\//g, '-')}${addendum ? `-Add.${addendum}` : ''}`;
    try {
      for (const language of LANGUAGES) await this.index(language);
      for (const language of languages) await this.report(slug, language, null);
      for (const code of entityCodes) {
        for (const language of languages) await this.reply(slug, code, language, null);
      }
    } catch (error) {
      // Publishing has succeeded; a page not rendered now is rendered when first asked for.
      this.logger.error(`Pre-rendering ${slug} failed: ${(error as Error).message}`);
    }
  }
}
