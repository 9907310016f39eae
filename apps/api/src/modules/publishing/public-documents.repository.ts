import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';

export interface StoredDocument {
  contentType: string;
  etag: string;
  gzip: Buffer;
}

/**
 * What every public page may show besides its publication's frozen rows: the publications
 * themselves, the entities' names and the cycles' titles. Any change there changes this value.
 */
const FINGERPRINT = `concat_ws(':',
  (SELECT count(*) FROM "Publication"),
  (SELECT extract(epoch FROM max("publishedAt")) FROM "Publication"),
  (SELECT extract(epoch FROM max("updatedAt")) FROM "Entity"),
  (SELECT extract(epoch FROM max("updatedAt")) FROM "Cycle"))`;

@Injectable()
export class PublicDocumentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The current fingerprint, and the stored document for `key` if it was rendered under it: one query. */
  async lookup(key: string): Promise<{ fingerprint: string; document: StoredDocument | null }> {
    const [row] = await this.prisma.$queryRawUnsafe<
      { fingerprint: string; contentType: string | null; etag: string | null; gzip: Uint8Array | null }[]
    >(
      `WITH current AS (SELECT ${FINGERPRINT} AS fingerprint)
       SELECT current.fingerprint, d."contentType", d."etag", d."gzip"
       FROM current LEFT JOIN "PublicDocument" d ON d."key" = $1 AND d."fingerprint" = current.fingerprint`,
      key,
    );
    const document =
      row.etag && row.gzip && row.contentType
        ? { contentType: row.contentType, etag: row.etag, gzip: Buffer.from(row.gzip) }
        : null;
    return { fingerprint: row.fingerprint, document };
  }

  async fingerprint(): Promise<string> {
    const [row] = await this.prisma.$queryRawUnsafe<{ fingerprint: string }[]>(`SELECT ${FINGERPRINT} AS fingerprint`);
    return row.fingerprint;
  }

  async store(key: string, fingerprint: string, document: StoredDocument) {
    const data = { fingerprint, ...document, gzip: new Uint8Array(document.gzip), renderedAt: new Date() };
    await this.prisma.publicDocument.upsert({ where: { key }, create: { key, ...data }, update: data });
  }
}
