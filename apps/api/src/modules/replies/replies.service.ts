import { Injectable } from '@nestjs/common';
import {
  LENGTH_RULE_MESSAGES,
  todayAt,
  type TCycle,
  type TLanguage,
  type TReply,
  type TReplyQueueFilter,
  type TReplySummary,
  type TSaveReply,
  type TSubmitReply,
  type TSubmittedReply,
} from '@replies/shared';
import { fromIsoDate, secretariatTimeZone } from '../../common/dates';
import { DomainError, invalidField, notFound } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import { MailNotifications } from '../mail/notifications.service';
import type { SessionUser } from '../auth/session-user';
import { assertEditable, assertMayReach, isSecretariat } from './reply-access';
import { pendingAttachment, toReply, toSummary } from './reply-view';
import { RepliesRepository } from './replies.repository';
import { Transactions } from '../../database/transactions';

const entityCollator = new Intl.Collator('en', { sensitivity: 'base' });

@Injectable()
export class RepliesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly replies: RepliesRepository,
    private readonly audit: AuditService,
    private readonly mail: MailNotifications,
  ) {}

  /** The review queue: every invited or replying entity, filtered by status, group, language or length. */
  async list(
    cycle: TCycle,
    user: SessionUser,
    filter: Omit<TReplyQueueFilter, 'overLimit'> & { overLimit?: boolean } = {},
  ): Promise<TReplySummary[]> {
    const onlyEntity = isSecretariat(user) ? undefined : (user.entityCode ?? '-');
    const { entities, replies } = await this.replies.listForCycle(cycle.id, onlyEntity);
    const byEntity = new Map(replies.map((reply) => [reply.entityCode, reply]));
    const all = new Map(entities.map((entity) => [entity.code, entity]));
    for (const reply of replies) all.set(reply.entityCode, reply.entity);
    return [...all.values()]
      .sort((a, b) => entityCollator.compare(a.nameEn, b.nameEn))
      .map((entity) => toSummary(cycle, entity, byEntity.get(entity.code)))
      .filter(
        (r) =>
          (!filter.status || r.status === filter.status) &&
          (!filter.group || r.entityType === filter.group) &&
          (!filter.language || r.originalLanguage === filter.language) &&
          (filter.overLimit === undefined || r.overLimit === filter.overLimit),
      );
  }

  async get(cycle: TCycle, entityCode: string, user: SessionUser): Promise<TReply> {
    await this.assertEntity(user, entityCode);
    return toReply(cycle, entityCode, await this.replies.find(cycle.id, entityCode));
  }

  /** Saves a draft if `version` is the stored one; otherwise 409 with the stored draft, which stays as it is. */
  async save(cycle: TCycle, entityCode: string, input: TSaveReply, user: SessionUser): Promise<TReply> {
    await this.assertEntity(user, entityCode);
    const secretariat = isSecretariat(user);
    if (input.receivedOn && !secretariat) {
      throw invalidField('receivedOn', 'Only the Secretariat records the date a reply was received.');
    }
    const texts = input.texts as Partial<Record<TLanguage, { body: string; summary?: string }>>;
    // A stale save fails fast, without waiting for the row lock (a storm of them would hold the pool);
    // the check is repeated under the lock, which settles saves that race past this one.
    const seen = await this.replies.find(cycle.id, entityCode);
    assertEditable(seen?.status ?? 'NOT_STARTED');
    if ((seen?.version ?? 0) !== input.version) throw stale(toReply(cycle, entityCode, seen));
    try {
      await this.transactions.run(async (tx) => {
        await this.replies.lock(tx, cycle.id, entityCode);
        const existing = await this.replies.find(cycle.id, entityCode, tx);
        assertEditable(existing?.status ?? 'NOT_STARTED');
        if ((existing?.version ?? 0) !== input.version) throw stale(toReply(cycle, entityCode, existing));
        const fields = {
          originalLanguage: input.originalLanguage,
          webOnly: input.webOnly ?? false,
          ...(secretariat && input.receivedOn !== undefined
            ? { receivedOn: input.receivedOn ? fromIsoDate(input.receivedOn) : null }
            : {}),
        };
        const reply = existing
          ? await this.replies.update(tx, existing.id, {
              ...fields,
              enteredBySecretariat: existing.enteredBySecretariat || secretariat,
              version: { increment: 1 },
            })
          : await this.replies.create(tx, {
              ...fields,
              cycleId: cycle.id,
              entityCode,
              status: 'DRAFT',
              enteredBySecretariat: secretariat,
              version: 1,
            });
        await this.replies.replaceTexts(tx, reply.id, texts);
        const original = texts[input.originalLanguage];
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'reply.save',
          targetType: 'Reply',
          targetId: reply.id,
          cycleId: cycle.id,
          before: existing ? { version: existing.version, status: existing.status } : null,
          after: {
            version: reply.version,
            status: reply.status,
            originalLanguage: input.originalLanguage,
            languages: Object.keys(texts),
            bodyCharacters: original?.body.length ?? 0,
          },
        });
      });
    } catch (error) {
      // Two first saves at once: the loser's insert hits the unique key and sees the winner's draft.
      if ((error as { code?: string }).code === 'P2002')
        throw stale(toReply(cycle, entityCode, await this.replies.find(cycle.id, entityCode)));
      throw error;
    }
    return toReply(cycle, entityCode, await this.replies.find(cycle.id, entityCode));
  }

  /**
   * Submits the saved draft: the length rule must be met, and the submission becomes an immutable version,
   * with the sender's declaration when given. Answers with the reply and the receipt of this submission.
   */
  async submit(
    cycle: TCycle,
    entityCode: string,
    user: SessionUser,
    input: TSubmitReply = {},
  ): Promise<TSubmittedReply> {
    await this.assertEntity(user, entityCode);
    const secretariat = isSecretariat(user);
    await this.transactions.run(async (tx) => {
      await this.replies.lock(tx, cycle.id, entityCode);
      const existing = await this.replies.find(cycle.id, entityCode, tx);
      assertEditable(existing?.status ?? 'NOT_STARTED');
      const reply = toReply(cycle, entityCode, existing);
      if (!existing || !reply.lengthCheck) throw lengthRule('EMPTY_REPLY');
      if (reply.lengthCheck.blockingRule) throw lengthRule(reply.lengthCheck.blockingRule);
      const today = todayAt(secretariatTimeZone());
      // The first submission's date stands: a reply returned and resubmitted was received when first sent.
      const receivedOn = reply.receivedOn ?? today;
      const number = (await this.replies.countVersions(tx, existing.id)) + 1;
      // The version keeps the file uploaded for it; without a new upload it has none of its own.
      const attachmentId = pendingAttachment(existing)?.id ?? null;
      await this.replies.createVersion(tx, {
        replyId: existing.id,
        number,
        kind: secretariat ? 'SECRETARIAT_ENTRY' : 'SUBMISSION',
        createdById: user.id,
        attachmentId,
        snapshot: {
          originalLanguage: reply.originalLanguage,
          receivedOn,
          webOnly: reply.webOnly,
          texts: reply.texts,
          attachmentId,
          proposedDecision: reply.lengthCheck.proposedDecision,
          words: reply.lengthCheck.body.words,
          summaryWords: reply.lengthCheck.summary.words,
          declaration: input.declaration === true,
        },
      });
      await this.replies.update(tx, existing.id, {
        status: 'SUBMITTED',
        receivedOn: fromIsoDate(receivedOn),
        version: { increment: 1 },
      });
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'reply.submit',
        targetType: 'Reply',
        targetId: existing.id,
        cycleId: cycle.id,
        before: { status: existing.status },
        after: {
          status: 'SUBMITTED',
          receivedOn,
          versionNumber: number,
          proposedDecision: reply.lengthCheck.proposedDecision,
          declaration: input.declaration === true,
        },
      });
      // The focal points' receipt: reference number, date received and the text as submitted.
      const original = reply.texts[reply.originalLanguage!];
      await this.mail.receipt(tx, cycle, {
        entityCode,
        version: number,
        receivedOn,
        originalLanguage: reply.originalLanguage!,
        body: original?.body ?? '',
        summary: original?.summary || null,
      });
    });
    const submitted = toReply(cycle, entityCode, await this.replies.find(cycle.id, entityCode));
    // Just written in the transaction above: a submitted reply always has its receipt.
    return { ...submitted, receipt: submitted.receipt! };
  }

  async assertEntity(user: SessionUser, entityCode: string) {
    assertMayReach(user, entityCode);
    if (!(await this.replies.entity(entityCode))) throw notFound(`The State or organization ${entityCode}`);
  }
}

function stale(current: TReply) {
  return new DomainError(
    409,
    'STALE_VERSION',
    'This reply was saved elsewhere in the meantime. Both versions are kept: choose which to keep.',
    {},
    undefined,
    { current },
  );
}

function lengthRule(rule: keyof typeof LENGTH_RULE_MESSAGES) {
  return new DomainError(422, rule, LENGTH_RULE_MESSAGES[rule]);
}
