import { hasReplied } from '@replies/shared';
import { Injectable } from '@nestjs/common';
import type { TLanguage } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

@Injectable()
export class ReviewRepository {
  constructor(private readonly prisma: PrismaService) {}

  addDecision(tx: Tx, data: Prisma.ReplyDecisionUncheckedCreateInput) {
    return tx.replyDecision.create({ data });
  }

  decisions(replyId: string) {
    return this.prisma.replyDecision.findMany({
      where: { replyId },
      orderBy: { decidedAt: 'asc' },
      include: { decidedBy: { select: { name: true } } },
    });
  }

  versions(replyId: string) {
    return this.prisma.replyVersion.findMany({
      where: { replyId },
      orderBy: { number: 'asc' },
      include: {
        createdBy: { select: { name: true } },
        attachment: {
          select: { id: true, fileName: true, mediaType: true, size: true, sha256: true, createdAt: true },
        },
      },
    });
  }

  version(replyId: string, number: number) {
    return this.prisma.replyVersion.findUnique({ where: { replyId_number: { replyId, number } } });
  }

  text(tx: Tx, replyId: string, language: TLanguage) {
    return tx.replyText.findUnique({ where: { replyId_language: { replyId, language } } });
  }

  createText(tx: Tx, data: { replyId: string; language: TLanguage; body: string; summary: string | null }) {
    return tx.replyText.create({ data });
  }

  updateText(
    tx: Tx,
    replyId: string,
    language: TLanguage,
    version: number,
    data: { body: string; summary: string | null },
  ) {
    return tx.replyText.updateMany({
      where: { replyId, language, version },
      data: { ...data, version: { increment: 1 } },
    });
  }

  /** The same entity's reply to another cycle, in its original language. */
  async previousReply(cycleId: string, entityCode: string) {
    const reply = await this.prisma.reply.findUnique({
      where: { cycleId_entityCode: { cycleId, entityCode } },
      include: { texts: true },
    });
    if (!reply || reply.status === 'WITHDRAWN' || !hasReplied(reply.status)) return null;
    return reply.texts.find((t) => t.language === reply.originalLanguage) ?? null;
  }
}
