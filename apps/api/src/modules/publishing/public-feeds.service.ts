import { Injectable } from '@nestjs/common';
import { LANGUAGES, type TLanguage } from '@replies/shared';
import { appConfig } from '../../config/config';
import { publishedSymbol, replyPath, slugOf } from './pages/common';
import { renderAtomFeed, renderRobots, renderSitemap, type SitemapUrl } from './pages/feeds';
import { PublicDocumentsService, type Served } from './public-documents.service';
import { PublishingRepository } from './publishing.repository';
import { ReadingRoomRepository } from './reading-room.repository';

const notFound = { status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not found.' };

/** Follow and find: the Atom feed of publications, the sitemap and robots.txt. */
@Injectable()
export class PublicFeedsService {
  constructor(
    private readonly publishing: PublishingRepository,
    private readonly reading: ReadingRoomRepository,
    private readonly documents: PublicDocumentsService,
  ) {}

  feed(language: TLanguage): Promise<Served> {
    return this.documents.serve(`/reports/feed.xml?lang=${language}`, async () => {
      const publications = await this.publishing.publicationsWithCounts();
      const feed = renderAtomFeed(
        language,
        publications.map((p) => ({
          symbol: p.cycle.symbol,
          addendum: p.addendum,
          corrigendum: p.corrigendum,
          shownSymbol: publishedSymbol(p.cycle.symbol, p.addendum, p.corrigendum),
          publishedAt: p.publishedAt,
          titles: p.cycle.texts,
          languages: p.languages,
          replies: p._count.replies,
        })),
        appConfig().publicUrl,
      );
      return { status: 200, contentType: 'application/atom+xml; charset=utf-8', body: feed };
    });
  }

  /** Every public page worth indexing: the list, each report and reply in its languages, each sender. */
  sitemap(part: number | null): Promise<Served> {
    return this.documents.serve(`/sitemap.xml${part === null ? '' : `?part=${part}`}`, async () => {
      const [publications, replies] = await Promise.all([
        this.publishing.publications(),
        this.reading.currentReplies(),
      ]);
      const urls: SitemapUrl[] = [];
      const newest = publications[0]?.publishedAt ?? new Date(0);
      for (const language of LANGUAGES) urls.push({ path: `/reports?lang=${language}`, lastmod: newest });
      const reports = new Set<string>();
      for (const p of publications) {
        for (const language of p.languages) {
          const path = `/reports/${slugOf(p.cycle.symbol, p.addendum)}?lang=${language}`;
          if (!reports.has(path)) urls.push({ path, lastmod: p.publishedAt });
          reports.add(path);
        }
      }
      const senders = new Map<string, Date>();
      for (const reply of replies) {
        const symbol = reply.publishedReply.publication.cycle.symbol;
        urls.push({
          path: `${replyPath(symbol, reply.entityCode)}?lang=${reply.language}`,
          lastmod: reply.publishedAt,
        });
        if (!senders.has(reply.entityCode)) senders.set(reply.entityCode, reply.publishedAt);
      }
      for (const [code, lastmod] of senders) {
        for (const language of LANGUAGES) urls.push({ path: `/reports/entities/${code}?lang=${language}`, lastmod });
      }
      const xml = renderSitemap(urls, appConfig().publicUrl, part);
      return xml ? { status: 200, contentType: 'application/xml; charset=utf-8', body: xml } : notFound;
    });
  }

  robots(): string {
    return renderRobots(appConfig().publicUrl);
  }
}
