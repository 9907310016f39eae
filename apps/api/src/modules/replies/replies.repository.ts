import { Injectable } from '@nestjs/common';
import type { TLanguage } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { QUEUE_SQL, REPLY_SQL } from '../../database/sql/read-queries';
import { countUncountedReplies } from './reply-counts';
import type { QueueRow, ReplyReadRow } from './reply-view';
import { ENTITY_NAME_FIELDS } from '../entities/entities.repository';

const ATTACHMENT_FIELDS = {
  id: true,
  fileName: true,
  mediaType: true,
  size: true,
  sha256: true,
  createdAt: true,
} as const;

const SUBMISSION_KINDS: ('SUBMISSION' | 'SECRETARIAT_ENTRY')[] = ['SUBMISSION', 'SECRETARIAT_ENTRY'];

/**
 * A reply with its texts, its newest upload (and whether a submission took it already) and its latest
 * submission (or Secretariat entry): its number is the receipt's reference, its original is the reply's.
 */
export const REPLY_INCLUDE = {
  texts: true,
  attachments: {
    select: { ...ATTACHMENT_FIELDS, versions: { select: { number: true }, take: 1 } },
    orderBy: { createdAt: 'desc' as const },
    take: 1,
  },
  versions: {
    where: { kind: { in: SUBMISSION_KINDS } },
    orderBy: { number: 'desc' as const },
    take: 1,
    select: { number: true, createdAt: true, attachment: { select: ATTACHMENT_FIELDS } },
  },
} as const;
export type ReplyRow = Prisma.ReplyGetPayload<{ include: typeof REPLY_INCLUDE }>;

@Injectable()
export class RepliesRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(cycleId: string, entityCode: string, tx: Tx = this.prisma): Promise<ReplyRow | null> {
    return tx.reply.findUnique({ where: { cycleId_entityCode: { cycleId, entityCode } }, include: REPLY_INCLUDE });
  }

  /**
   * The reply as a screen reads it, in one query: `entity` is false when there is no such State or
   * organization; `reply` is null when it has not saved anything to this cycle yet.
   */
  async read(cycleId: string, entityCode: string): Promise<{ entity: boolean; reply: ReplyReadRow | null }> {
    const [row] = await this.prisma.read<ReplyReadRow & { entityFound: string; id: string | null }>(
      REPLY_SQL,
      cycleId,
      entityCode,
    );
    if (!row) return { entity: false, reply: null };
    if (!row.id) return { entity: true, reply: null };
    const withDate = <T extends { createdAt: Date | string }>(file: T): T => ({
      ...file,
      createdAt: new Date(file.createdAt),
    });
    return {
      entity: true,
      reply: {
        ...row,
        attachments: row.attachments.map(withDate),
        versions: row.versions.map((v) => ({
          ...withDate(v),
          attachment: v.attachment && withDate(v.attachment),
        })),
      },
    };
  }

  /** Takes the row lock, so concurrent saves and submissions of one reply happen one after the other. */
  async lock(tx: Tx, cycleId: string, entityCode: string): Promise<void> {
    await tx.$executeRaw`SELECT 1 FROM "Reply" WHERE "cycleId" = ${cycleId}::uuid AND "entityCode" = ${entityCode} FOR UPDATE`;
  }

  create(tx: Tx, data: Prisma.ReplyUncheckedCreateInput) {
    return tx.reply.create({ data });
  }

  update(tx: Tx, id: string, data: Prisma.ReplyUncheckedUpdateInput) {
    return tx.reply.update({ where: { id }, data });
  }

  async replaceTexts(
    tx: Tx,
    replyId: string,
    texts: Partial<Record<TLanguage, { body: string; summary?: string | null }>>,
  ) {
    const languages = Object.keys(texts) as TLanguage[];
    await tx.replyText.deleteMany({ where: { replyId, language: { notIn: languages } } });
    for (const language of languages) {
      const { body, summary } = texts[language]!;
      await tx.replyText.upsert({
        where: { replyId_language: { replyId, language } },
        create: { replyId, language, body, summary: summary || null },
        update: { body, summary: summary || null, version: { increment: 1 } },
      });
    }
  }

  countVersions(tx: Tx, replyId: string) {
    return tx.replyVersion.count({ where: { replyId } });
  }

  createVersion(tx: Tx, data: Prisma.ReplyVersionUncheckedCreateInput) {
    return tx.replyVersion.create({ data });
  }

  entity(code: string) {
    return this.prisma.entity.findUnique({
      where: { code },
      select: { code: true, type: true, nameEn: true, nameZh: true },
    });
  }

  /** One entity's replies to the given cycles: where each stands. */
  repliesOf(entityCode: string, cycleIds: string[]) {
    return this.prisma.reply.findMany({
      where: { entityCode, cycleId: { in: cycleIds } },
      select: { cycleId: true, status: true, returnComment: true, receivedOn: true, updatedAt: true },
    });
  }

  /**
   * Every invited or replying entity of a cycle (or one of them), with its reply's state and counts,
   * in one query. Replies saved before counts were kept are counted first, once.
   */
  async listForCycle(cycleId: string, onlyEntity?: string): Promise<QueueEntry[]> {
    const query = () => this.prisma.read<QueueEntry>(QUEUE_SQL, cycleId, onlyEntity ?? null);
    const rows = await query();
    if (!rows.some((row) => row.id && row.originalLanguage && row.words === null)) return rows;
    await countUncountedReplies(this.prisma, cycleId);
    return query();
  }

  addAttachment(tx: Tx, data: Prisma.AttachmentUncheckedCreateInput) {
    return tx.attachment.create({
      data,
      select: { id: true, fileName: true, mediaType: true, size: true, sha256: true, createdAt: true },
    });
  }

  attachment(replyId: string, id: string) {
    return this.prisma.attachment.findFirst({ where: { replyId, id } });
  }

  async attachmentOfVersion(replyId: string, number: number) {
    const version = await this.prisma.replyVersion.findUnique({
      where: { replyId_number: { replyId, number } },
      select: { attachment: true },
    });
    return version?.attachment ?? null;
  }

  /** The latest submission (or Secretariat entry) of a reply, with who made it; null before the first. */
  latestSubmission(cycleId: string, entityCode: string) {
    return this.prisma.replyVersion.findFirst({
      where: { reply: { cycleId, entityCode }, kind: { in: SUBMISSION_KINDS } },
      orderBy: { number: 'desc' },
      select: {
        number: true,
        kind: true,
        snapshot: true,
        createdAt: true,
        createdBy: { select: { name: true, email: true } },
      },
    });
  }

  /** What a receipt says of a file: its name, size and fingerprint. */
  attachmentSummary(id: string) {
    return this.prisma.attachment.findUnique({ where: { id }, select: { fileName: true, size: true, sha256: true } });
  }

  /** A State or organization with its names in the six languages. */
  namedEntity(code: string) {
    return this.prisma.entity.findUnique({
      where: { code },
      select: ENTITY_NAME_FIELDS,
    });
  }
}

export type QueueEntry = Partial<QueueRow> & {
  code: string;
  type: 'STATE' | 'UN_SYSTEM' | 'OTHER';
  nameEn: string;
  nameZh: string | null;
  id: string | null;
};
