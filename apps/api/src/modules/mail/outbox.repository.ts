import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { TLanguage, TMailKind, TMailStatus } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Recipient } from './compose/compose';
import { ENTITY_NAME_FIELDS } from '../entities/entities.repository';

export interface OutgoingMail {
  to: string;
  toName?: string | null;
  userId?: string | null;
  language?: TLanguage | null;
  subject: string;
  /** The plain-text part. */
  body: string;
  html?: string | null;
  replyTo?: string | null;
  kind: TMailKind;
  cycleId?: string;
  entityCode?: string;
  attachments?: { fileName: string; mediaType: string; content: Buffer }[];
}

const LIST_FIELDS = {
  id: true,
  to: true,
  toName: true,
  language: true,
  subject: true,
  body: true,
  replyTo: true,
  kind: true,
  status: true,
  attempts: true,
  lastError: true,
  lastAttemptAt: true,
  messageId: true,
  serverResponse: true,
  entityCode: true,
  cycleId: true,
  createdAt: true,
  sentAt: true,
  attachments: { select: { fileName: true, content: true } },
} as const;

const RECIPIENT_FIELDS = { id: true, email: true, name: true, language: true } as const;

const toRecipient = (user: { id: string; email: string; name: string; language: TLanguage }): Recipient => ({
  userId: user.id,
  email: user.email,
  name: user.name,
  language: user.language,
});

@Injectable()
export class OutboxRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Stores mail in the caller's transaction: it exists only if the change that caused it commits. */
  async insert(tx: Tx, mails: OutgoingMail[], status: Extract<TMailStatus, 'PENDING' | 'HELD'>): Promise<string[]> {
    if (!mails.length) return [];
    const rows = mails.map(({ attachments: _, ...mail }) => ({ id: randomUUID(), ...mail, status }));
    await tx.mailOutbox.createMany({ data: rows });
    const attachments = mails.flatMap((mail, i) =>
      (mail.attachments ?? []).map((file) => ({ mailId: rows[i].id, ...file, content: new Uint8Array(file.content) })),
    );
    if (attachments.length) await tx.mailAttachment.createMany({ data: attachments });
    return rows.map((row) => row.id);
  }

  async list(filter: { cycleId?: string; status?: TMailStatus } = {}) {
    return this.prisma.mailOutbox.findMany({
      where: filter,
      orderBy: { createdAt: 'desc' },
      take: 500,
      select: LIST_FIELDS,
    });
  }

  findListed(tx: Tx, id: string) {
    return tx.mailOutbox.findUnique({ where: { id }, select: LIST_FIELDS });
  }

  /** Locks one mail for this transaction; null when it does not exist. */
  async lock(tx: Tx, id: string): Promise<{ id: string; status: TMailStatus } | null> {
    const rows = await tx.$queryRaw<{ id: string; status: TMailStatus }[]>`
      SELECT id, status::text AS status FROM "MailOutbox" WHERE id = ${id}::uuid FOR UPDATE`;
    return rows[0] ?? null;
  }

  /**
   * The mail to send, locked until the transaction ends, if it is still waiting to be sent and no
   * other worker holds it: a mail is never sent by two workers, nor after it was cancelled or sent.
   */
  async claimForSending(tx: Tx, id: string) {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "MailOutbox" WHERE id = ${id}::uuid AND status = 'PENDING' FOR UPDATE SKIP LOCKED`;
    if (!rows.length) return null;
    return tx.mailOutbox.findUnique({ where: { id }, include: { attachments: true } });
  }

  markSent(tx: Tx, id: string, messageId: string, serverResponse: string) {
    return tx.mailOutbox.update({
      where: { id },
      data: {
        status: 'SENT',
        messageId,
        serverResponse: serverResponse.slice(0, 500),
        sentAt: new Date(),
        lastAttemptAt: new Date(),
        attempts: { increment: 1 },
      },
    });
  }

  /** A failed attempt: FAILED when it was the last one (or the server refused for good), otherwise still PENDING. */
  markAttempt(tx: Tx, id: string, error: string, final: boolean) {
    return tx.mailOutbox.update({
      where: { id },
      data: {
        status: final ? 'FAILED' : 'PENDING',
        lastError: error.slice(0, 1000),
        lastAttemptAt: new Date(),
        attempts: { increment: 1 },
      },
    });
  }

  setStatus(tx: Tx, id: string, status: TMailStatus) {
    return tx.mailOutbox.update({ where: { id }, data: { status } });
  }

  /** Active focal points of the given entities, by entity. */
  async focalPoints(tx: Tx, entityCodes: string[]): Promise<Map<string, Recipient[]>> {
    const users = await tx.user.findMany({
      where: { role: 'FOCAL_POINT', disabled: false, passwordHash: { not: null }, entityCode: { in: entityCodes } },
      select: { ...RECIPIENT_FIELDS, entityCode: true },
      orderBy: { email: 'asc' },
    });
    const byEntity = new Map<string, Recipient[]>();
    for (const user of users) {
      byEntity.set(user.entityCode!, [...(byEntity.get(user.entityCode!) ?? []), toRecipient(user)]);
    }
    return byEntity;
  }

  /** Active editors: the readers of the daily digest. */
  async editors(tx: Tx = this.prisma): Promise<Recipient[]> {
    const users = await tx.user.findMany({
      where: { role: 'EDITOR', disabled: false, passwordHash: { not: null } },
      select: RECIPIENT_FIELDS,
      orderBy: { email: 'asc' },
    });
    return users.map(toRecipient);
  }

  /** Submissions (by focal points or entered by the Secretariat) stored after `since`, oldest first. */
  submissionsSince(since: Date) {
    return this.prisma.replyVersion.findMany({
      where: { kind: { in: ['SUBMISSION', 'SECRETARIAT_ENTRY'] }, createdAt: { gt: since } },
      orderBy: { createdAt: 'asc' },
      select: {
        number: true,
        snapshot: true,
        reply: {
          select: {
            entity: { select: ENTITY_NAME_FIELDS },
            cycle: { select: { symbol: true } },
          },
        },
      },
    });
  }

  /** The number of the last stored submission of an entity's reply (its reference number's version). */
  async lastSubmissionNumber(tx: Tx, cycleId: string, entityCode: string): Promise<number> {
    const last = await tx.replyVersion.findFirst({
      where: { reply: { cycleId, entityCode }, kind: { in: ['SUBMISSION', 'SECRETARIAT_ENTRY'] } },
      orderBy: { number: 'desc' },
      select: { number: true },
    });
    return last?.number ?? 1;
  }

  namedEntities(tx: Tx, codes: string[]) {
    return tx.entity.findMany({ where: { code: { in: codes } }, select: ENTITY_NAME_FIELDS });
  }

  async lastMailOf(kind: TMailKind, userId: string): Promise<Date | null> {
    const last = await this.prisma.mailOutbox.findFirst({
      where: { kind, userId, status: { not: 'CANCELLED' } },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
    return last?.createdAt ?? null;
  }
}
