import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { ENTITY_NAME_FIELDS } from '../entities/entities.repository';

const FILE_META = { id: true, fileName: true, mediaType: true, size: true, sha256: true } as const;
const PUBLICATION = {
  id: true,
  addendum: true,
  corrigendum: true,
  publishedAt: true,
  languages: true,
  cycle: { select: { id: true, symbol: true, texts: { select: { language: true, title: true } } } },
} as const;

/** What the public reading room reads: only rows that a publication froze, and the entities' names. */
@Injectable()
export class ReadingRoomRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The replies a publication froze, with their entity, the languages of their texts (bodies if asked). */
  repliesOf(publicationId: string, withTexts = false) {
    return this.prisma.publishedReply.findMany({
      where: { publicationId },
      include: {
        entity: { select: ENTITY_NAME_FIELDS },
        texts: { select: { language: true, summary: true, body: withTexts } },
      },
    });
  }

  /** Name, type and size of the uploaded originals (not their bytes). */
  async filesMeta(ids: (string | null)[]) {
    const wanted = ids.filter((id): id is string => !!id);
    if (!wanted.length) return new Map<string, FileMeta>();
    const rows = await this.prisma.attachment.findMany({ where: { id: { in: wanted } }, select: FILE_META });
    return new Map(rows.map((row) => [row.id, row]));
  }

  fileContent(id: string) {
    return this.prisma.attachment.findUnique({ where: { id }, select: { ...FILE_META, content: true } });
  }

  /**
   * A reply as published in a cycle (either report or addendum): the newest publication, or the
   * corrigendum asked for. Also says whether a newer publication of it exists.
   */
  async publishedReply(symbol: string, entityCode: string, corrigendum: number | null) {
    const where = { entityCode, publication: { cycle: { symbol } } };
    const [reply, newest] = await Promise.all([
      this.prisma.publishedReply.findFirst({
        where: corrigendum === null ? where : { ...where, publication: { ...where.publication, corrigendum } },
        orderBy: { publication: { publishedAt: 'desc' } },
        include: { texts: true, entity: { select: ENTITY_NAME_FIELDS }, publication: { select: PUBLICATION } },
      }),
      this.prisma.publishedReply.findFirst({
        where,
        orderBy: { publication: { publishedAt: 'desc' } },
        select: { id: true },
      }),
    ]);
    return reply && { ...reply, isNewest: reply.id === newest?.id };
  }

  /** Every publication of an entity's replies, newest first (the caller keeps the newest per cycle). */
  async entity(code: string) {
    const [entity, replies] = await Promise.all([
      this.prisma.entity.findUnique({ where: { code }, select: ENTITY_NAME_FIELDS }),
      this.prisma.publishedReply.findMany({
        where: { entityCode: code },
        orderBy: { publication: { publishedAt: 'desc' } },
        include: { texts: { select: { language: true } }, publication: { select: PUBLICATION } },
      }),
    ]);
    return { entity, replies };
  }

  /** The current published reply of each entity in each cycle, with its languages: the sitemap's pages. */
  currentReplies() {
    return this.prisma.publicSearchEntry.findMany({
      select: {
        entityCode: true,
        language: true,
        publishedAt: true,
        publishedReply: { select: { publication: { select: { cycle: { select: { symbol: true } } } } } },
      },
      orderBy: [{ publishedAt: 'desc' }, { entityCode: 'asc' }],
    });
  }

  publishedCycles() {
    return this.prisma.cycle.findMany({
      where: { publications: { some: {} } },
      select: { id: true, symbol: true, texts: { select: { language: true, title: true } } },
      orderBy: { symbol: 'asc' },
    });
  }
}

export type FileMeta = { id: string; fileName: string; mediaType: string; size: number; sha256: string };
