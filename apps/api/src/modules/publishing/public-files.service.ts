import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { TLanguage } from '@replies/shared';
import { appConfig } from '../../config/config';
import { fullTextsZip } from './full-texts-zip';
import { named, publishedSymbol } from './pages/common';
import { openDataSet, toCsv, type OpenDataSet } from './pages/open-data';
import { etagOf, PublicDocumentsService, RENDERER_VERSION, type Served } from './public-documents.service';
import { parseSlug, pickPublication } from './public-pages.service';
import { PublishingRepository } from './publishing.repository';
import { ReadingRoomRepository } from './reading-room.repository';
import { PublicDocumentsRepository } from './public-documents.repository';
import { PublishedReportsService } from './published-reports.service';

export interface PublicFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
  /** Strong: the file's SHA-256, as stored. */
  etag: string;
}

export interface PublicStream {
  stream: () => Readable;
  contentType: string;
  fileName: string;
  etag: string;
}

const FORMAT_OF: Record<string, { format: 'HTML' | 'DOCX' | 'MD'; type: string }> = {
  html: { format: 'HTML', type: 'text/html; charset=utf-8' },
  docx: { format: 'DOCX', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  md: { format: 'MD', type: 'text/markdown; charset=utf-8' },
};

const versionQuery = (version: number | null) => (version === null ? '' : `?version=${version}`);

/** The published files: the report's formats, the originals as received, and the open data. */
@Injectable()
export class PublicFilesService {
  constructor(
    private readonly publishing: PublishingRepository,
    private readonly reading: ReadingRoomRepository,
    private readonly documents: PublicDocumentsService,
    private readonly fingerprints: PublicDocumentsRepository,
    private readonly reports: PublishedReportsService,
  ) {}

  async download(slug: string, file: string, version: number | null): Promise<PublicFile | null> {
    const match = file.match(/^(ar|zh|en|fr|ru|es)\.(docx|html|md)$/);
    if (!match) return null;
    const { symbol, addendum } = parseSlug(slug);
    const publications = await this.publishing.publicationsOf(symbol, addendum);
    const publication = pickPublication(publications, match[1] as TLanguage, version);
    if (!publication) return null;
    const { format, type } = FORMAT_OF[match[2]];
    const stored = await this.reports.file(
      { id: publication.id, cycleId: publication.cycle.id, addendum },
      match[1] as TLanguage,
      format,
    );
    if (!stored) return null;
    const name = publishedSymbol(symbol, addendum, publication.corrigendum).replace(/\//g, '-');
    return {
      bytes: stored.bytes,
      contentType: type,
      fileName: `${name}-${match[1]}.${match[2]}`,
      etag: `"${stored.checksum}"`,
    };
  }

  /** The original as received, of the reply as last published (or as published in `version`). */
  async original(slug: string, entityCode: string, version: number | null): Promise<PublicFile | null> {
    const reply = await this.reading.publishedReply(parseSlug(slug).symbol, entityCode.toUpperCase(), version);
    const file = reply?.attachmentId ? await this.reading.fileContent(reply.attachmentId) : null;
    return (
      file && {
        bytes: Buffer.from(file.content),
        contentType: file.mediaType,
        fileName: file.fileName,
        etag: `"${file.sha256}"`,
      }
    );
  }

  /** The publication that open data describe: the newest in any language, or corrigendum `version`. */
  private async openData(slug: string, version: number | null, withTexts: boolean) {
    const { symbol, addendum } = parseSlug(slug);
    const publications = await this.publishing.publicationsOf(symbol, addendum);
    const publication = version === null ? publications.at(-1) : publications.find((p) => p.corrigendum === version);
    if (!publication) return null;
    const replies = await this.reading.repliesOf(publication.id, withTexts);
    const files = await this.reading.filesMeta(replies.map((r) => r.attachmentId));
    const data = openDataSet({
      site: appConfig().publicUrl,
      cycleSymbol: symbol,
      addendum,
      corrigendum: publication.corrigendum,
      publishedSymbol: publishedSymbol(symbol, addendum, publication.corrigendum),
      pinned: version !== null,
      titles: publication.cycle.texts,
      publishedAt: publication.publishedAt,
      languages: publication.languages,
      replies: replies.map((r) => {
        const meta = r.attachmentId ? files.get(r.attachmentId) : undefined;
        return {
          entity: named(r.entity),
          originalLanguage: r.originalLanguage,
          receivedOn: r.receivedOn,
          decision: r.decision,
          texts: r.texts,
          file: meta
            ? { fileName: meta.fileName, mediaType: meta.mediaType, size: meta.size, sha256: meta.sha256 }
            : null,
        };
      }),
    });
    return { data, publication, replies, files };
  }

  /** replies.json or replies.csv of a report, rendered once and kept like the pages. */
  repliesList(slug: string, format: 'json' | 'csv', version: number | null): Promise<Served> {
    return this.documents.serve(`/reports/${slug}/replies.${format}${versionQuery(version)}`, async () => {
      const found = await this.openData(slug, version, false);
      if (!found) return { status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not published.' };
      return format === 'json'
        ? { status: 200, contentType: 'application/json; charset=utf-8', body: jsonOf(found.data) }
        : { status: 200, contentType: 'text/csv; charset=utf-8; header=present', body: toCsv(found.data) };
    });
  }

  /**
   * full-texts.zip, streamed (originals can be large). The same publication always gives the same
   * bytes, so its ETag is known before any byte is produced.
   */
  async fullTexts(slug: string, version: number | null): Promise<PublicStream | null> {
    const found = await this.openData(slug, version, true);
    if (!found) return null;
    const { data, publication, replies, files } = found;
    const folder = `${data.report.publishedSymbol.replace(/\//g, '-')}-full-texts`;
    const fingerprint = await this.fingerprints.fingerprint();
    return {
      contentType: 'application/zip',
      fileName: `${folder}.zip`,
      etag: etagOf(`${RENDERER_VERSION}|${appConfig().publicUrl}|${publication.id}|${fingerprint}|${version}`),
      stream: () =>
        fullTextsZip({
          folder,
          data,
          mtime: publication.publishedAt,
          replies: replies.map((r) => {
            const meta = r.attachmentId ? files.get(r.attachmentId) : undefined;
            return {
              code: r.entityCode,
              originalLanguage: r.originalLanguage,
              texts: r.texts.map((x) => ({ language: x.language, body: x.body ?? '', summary: x.summary })),
              file: meta ? { id: meta.id, mediaType: meta.mediaType } : null,
            };
          }),
          readFile: async (id) => {
            const file = await this.reading.fileContent(id);
            if (!file) throw new Error(`The original ${id} is missing.`);
            return Buffer.from(file.content);
          },
        }),
    };
  }
}

const jsonOf = (data: OpenDataSet) => `${JSON.stringify(data, null, 2)}\n`;
