import { Injectable } from '@nestjs/common';
import type { TMailStatus, TOutboxMail } from '@replies/shared';
import { conflict, notFound } from '../../common/domain-error';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { MailQueue } from './mail-queue';
import { OutboxRepository } from './outbox.repository';

type ListedMail = NonNullable<Awaited<ReturnType<OutboxRepository['findListed']>>>;

/** One-time links (activation, password reset) are for their addressee only, never shown in the outbox. */
export const maskOneTimeLinks = (text: string) => text.replace(/([?&#]token=)[^\s&"'<]+/g, '$1…');

const STATUS_WORDS: Record<TMailStatus, string> = {
  PENDING: 'still queued',
  SENT: 'already sent',
  FAILED: 'failed',
  HELD: 'kept in the outbox',
  CANCELLED: 'cancelled',
};

/** The outbox as editors see it: every mail's state, with retry and cancel. */
@Injectable()
export class OutboxService {
  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly queue: MailQueue,
    private readonly audit: AuditService,
  ) {}

  async list(filter: { cycleId?: string; status?: TMailStatus }): Promise<TOutboxMail[]> {
    return (await this.outbox.list(filter)).map(toOutboxMail);
  }

  /** Sends a failed mail again (or a held one, once a mail server is configured), with fresh attempts. */
  retry(id: string, actor: SessionUser): Promise<TOutboxMail> {
    return this.transactions.run(async (tx) => {
      const mail = await this.outbox.lock(tx, id);
      if (!mail) throw notFound('The mail');
      const retriable = mail.status === 'FAILED' || mail.status === 'CANCELLED' || mail.status === 'HELD';
      if (!retriable) throw conflict('MAIL_NOT_RETRIABLE', `This mail is ${STATUS_WORDS[mail.status]}.`);
      if (!this.queue.configured) {
        throw conflict(
          'NO_MAIL_SERVER',
          'No mail server is configured (SMTP_URL): the mail can only stay in the outbox.',
        );
      }
      await this.outbox.setStatus(tx, id, 'PENDING');
      await this.queue.addJobs(tx, [id]);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'mail.retry',
        targetType: 'Mail',
        targetId: id,
        before: { status: mail.status },
        after: { status: 'PENDING' },
      });
      return toOutboxMail((await this.outbox.findListed(tx, id))!);
    });
  }

  /** Cancels a mail that has not left; one being sent right now is waited for, then refused as sent. */
  cancel(id: string, actor: SessionUser): Promise<TOutboxMail> {
    return this.transactions.run(async (tx) => {
      const mail = await this.outbox.lock(tx, id);
      if (!mail) throw notFound('The mail');
      if (mail.status !== 'PENDING' && mail.status !== 'HELD') {
        throw conflict(
          'MAIL_NOT_CANCELLABLE',
          `This mail is ${STATUS_WORDS[mail.status]}: only a queued mail can be cancelled.`,
        );
      }
      await this.outbox.setStatus(tx, id, 'CANCELLED');
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'mail.cancel',
        targetType: 'Mail',
        targetId: id,
        before: { status: mail.status },
        after: { status: 'CANCELLED' },
      });
      return toOutboxMail((await this.outbox.findListed(tx, id))!);
    });
  }
}

function toOutboxMail(mail: ListedMail): TOutboxMail {
  return {
    ...mail,
    body: maskOneTimeLinks(mail.body),
    attachments: mail.attachments.map((file) => ({ fileName: file.fileName, size: file.content.length })),
    lastAttemptAt: mail.lastAttemptAt?.toISOString() ?? null,
    createdAt: mail.createdAt.toISOString(),
    sentAt: mail.sentAt?.toISOString() ?? null,
  };
}
