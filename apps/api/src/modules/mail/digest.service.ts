import { Injectable } from '@nestjs/common';
import { replyReference, todayAt, type TIsoDate } from '@replies/shared';
import { appConfig } from '../../config/config';
import { Transactions } from '../../database/transactions';
import { digestMail, portalLinks, type DigestItem } from './compose/compose';
import { renderMail } from './compose/message';
import { MailQueue } from './mail-queue';
import { toNamedEntity } from './notifications.service';
import { OutboxRepository } from './outbox.repository';
import { replyToAddress } from './reply-to';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The editors' daily digest: each editor gets the submissions made since their previous digest (or in
 * the last 24 hours), in their language; nothing when there is nothing new.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly queue: MailQueue,
  ) {}

  async run(now = new Date()): Promise<number> {
    const editors = await this.outbox.editors();
    const links = portalLinks(appConfig().publicUrl);
    const zone = appConfig().reportTimeZone;
    let queued = 0;
    for (const editor of editors) {
      const since = (await this.outbox.lastMailOf('DIGEST', editor.userId!)) ?? new Date(now.getTime() - DAY_MS);
      const submissions = await this.outbox.submissionsSince(since);
      if (!submissions.length) continue;
      const items: DigestItem[] = submissions.map((version) => {
        const snapshot = version.snapshot as { receivedOn?: TIsoDate };
        const entity = toNamedEntity(version.reply.entity);
        const symbol = version.reply.cycle.symbol;
        return {
          symbol,
          entity,
          receivedOn: snapshot.receivedOn ?? todayAt(zone, now),
          reference: replyReference(symbol, entity.code, version.number),
          reviewUrl: links.review(symbol, entity.code),
        };
      });
      const rendered = renderMail(
        digestMail(editor, { since: todayAt(zone, since), today: todayAt(zone, now), items }),
      );
      queued += await this.transactions.run((tx) =>
        this.queue.enqueue(tx, [
          {
            to: editor.email,
            toName: editor.name,
            userId: editor.userId,
            language: editor.language,
            subject: rendered.subject,
            body: rendered.text,
            html: rendered.html,
            kind: 'DIGEST',
            replyTo: replyToAddress() ?? null,
          },
        ]),
      );
    }
    return queued;
  }
}
