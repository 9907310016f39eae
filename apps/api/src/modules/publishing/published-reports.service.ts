import { Injectable } from '@nestjs/common';
import type { TLanguage } from '@replies/shared';
import { HeavyWork } from '../../workers/heavy-work.service';
import { ReportCache } from '../compilation/report-cache';
import type { ReportFormat } from '../compilation/render/render';
import { PublishingRepository } from './publishing.repository';

/** The formats a publication offers besides its JSON, which it stores when it is published. */
export const RENDERED_LATER = ['HTML', 'DOCX', 'MD'] as const satisfies ReportFormat[];

export interface PublishedFile {
  bytes: Buffer;
  checksum: string;
}

/** Memory for published reports in each process; a publication never changes, so neither do they. */
const CACHE_BYTES = 32 * 1024 * 1024;

/**
 * The published report in each language and format. Publishing freezes the report's model (its JSON
 * format, compiled from the database as it stood at publication); the other formats are rendered
 * from that frozen model when first asked for (by a reader, or by the job queued at publication),
 * in a worker thread within its time budget, and stored with the publication like the JSON. So they
 * are the documents publishing used to render at once, byte for byte, whatever changed since.
 */
@Injectable()
export class PublishedReportsService {
  private readonly cache = new ReportCache<PublishedFile>(CACHE_BYTES);
  /** Renderings under way in this process: readers asking at the same moment wait for the same one. */
  private readonly underWay = new Map<string, Promise<PublishedFile | null>>();

  constructor(
    private readonly publishing: PublishingRepository,
    private readonly work: HeavyWork,
  ) {}

  /** The file, or null when the publication does not include `language`. */
  async file(
    publication: { id: string; cycleId: string; addendum: number },
    language: TLanguage,
    format: ReportFormat,
  ): Promise<PublishedFile | null> {
    const key = ReportCache.key({
      cycleId: publication.cycleId,
      language,
      format,
      addendum: publication.addendum,
      dataVersion: `publication:${publication.id}`,
    });
    const cached = this.cache.get(key);
    if (cached) return cached;
    let pending = this.underWay.get(key);
    if (!pending) {
      pending = this.load(publication.id, language, format).finally(() => this.underWay.delete(key));
      this.underWay.set(key, pending);
    }
    const file = await pending;
    if (file) this.cache.set(key, file);
    return file;
  }

  /** Renders and stores every format not stored yet (the job queued at publication). */
  async renderMissing(publication: { id: string; cycleId: string; addendum: number; languages: TLanguage[] }) {
    const stored = new Set(
      (await this.publishing.publishedFormats(publication.id)).map((r) => `${r.language}|${r.format}`),
    );
    for (const language of publication.languages) {
      for (const format of RENDERED_LATER) {
        if (!stored.has(`${language}|${format}`)) await this.file(publication, language, format);
      }
    }
  }

  private async load(publicationId: string, language: TLanguage, format: ReportFormat) {
    const stored = await this.publishing.publishedReport(publicationId, language, format);
    if (stored) return { bytes: Buffer.from(stored.content), checksum: stored.checksum };
    const frozen = format === 'JSON' ? null : await this.publishing.publishedReport(publicationId, language, 'JSON');
    if (!frozen) return null;
    const rendered = await this.work.run({
      kind: 'render',
      document: Buffer.from(frozen.content).toString('utf8'),
      format,
    });
    const row = await this.publishing.storePublishedOnce({
      cycleId: frozen.cycleId,
      language,
      format,
      addendum: frozen.addendum,
      corrigendum: frozen.corrigendum,
      checksum: rendered.checksum,
      content: new Uint8Array(rendered.bytes),
      compiledById: frozen.compiledById,
      // Part of the publication: listed with its compilation time and publication, as the JSON is.
      compiledAt: frozen.compiledAt,
      publishedAt: frozen.publishedAt,
      publicationId,
    });
    return { bytes: Buffer.from(row.content), checksum: row.checksum };
  }
}
