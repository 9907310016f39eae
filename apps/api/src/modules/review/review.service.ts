import { Injectable } from '@nestjs/common';
import {
  diffTexts,
  type TAcceptReply,
  type TCycle,
  type TDecisionRecord,
  type TLanguage,
  type TReply,
  type TReplyVersionInfo,
  type TRepetitions,
  type TReplyDiff,
  type TReplyVersion,
  type TReturnReply,
  type TSaveTranslation,
  type TWithdrawReply,
  canAccept,
  canReturn,
  canTranslate,
  canWithdraw,
  inReport,
} from '@replies/shared';
import { conflict, DomainError, invalidField, notFound } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { MailNotifications } from '../mail/notifications.service';
import { toAttachment, toReply } from '../replies/reply-view';
import { RepliesRepository } from '../replies/replies.repository';
import { RepliesService } from '../replies/replies.service';
import { ReviewRepository } from './review.repository';
import { snapshotText, type VersionSnapshot } from './snapshots';
import { Transactions } from '../../database/transactions';
import { HeavyWork } from '../../workers/heavy-work.service';

/** Texts longer than this (both versions together) are compared in a worker thread. */
const DIFF_INLINE_CHARACTERS = 20_000;

const STATUS_WORDS: Record<string, string> = {
  NOT_STARTED: 'not started',
  DRAFT: 'a draft',
  RETURNED: 'returned to its sender',
  ACCEPTED: 'accepted',
  PUBLISHED: 'published',
  WITHDRAWN: 'withdrawn',
  SUBMITTED: 'submitted',
};

@Injectable()
export class ReviewService {
  constructor(
    private readonly transactions: Transactions,
    private readonly review: ReviewRepository,
    private readonly replies: RepliesRepository,
    private readonly repliesService: RepliesService,
    private readonly mail: MailNotifications,
    private readonly audit: AuditService,
    private readonly work: HeavyWork,
  ) {}

  /** Sends a submitted reply back to its sender with the Secretariat's comment; they may revise and resubmit. */
  async returnReply(cycle: TCycle, entityCode: string, input: TReturnReply, actor: SessionUser): Promise<TReply> {
    await this.repliesService.assertEntity(actor, entityCode);
    await this.transactions.run(async (tx) => {
      await this.replies.lock(tx, cycle.id, entityCode);
      const row = await this.replies.find(cycle.id, entityCode, tx);
      const status = row?.status ?? 'NOT_STARTED';
      if (!row || !canReturn(status)) {
        throw conflict(
          'INVALID_TRANSITION',
          `Only a submitted reply can be returned; this one is ${STATUS_WORDS[status]}.`,
        );
      }
      await this.replies.update(tx, row.id, {
        status: 'RETURNED',
        returnComment: input.comment,
        version: { increment: 1 },
      });
      await this.mail.returned(tx, cycle, entityCode, input.comment);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'reply.return',
        targetType: 'Reply',
        targetId: row.id,
        cycleId: cycle.id,
        before: { status },
        after: { status: 'RETURNED', comment: input.comment },
      });
    });
    return toReply(cycle, entityCode, await this.replies.find(cycle.id, entityCode));
  }

  /**
   * Accepts a submitted reply with the decision on how the report shows it. The length rule proposes
   * one; another needs a reason. Of two editors deciding at once, the second gets 409 and the result.
   */
  async accept(cycle: TCycle, entityCode: string, input: TAcceptReply, actor: SessionUser): Promise<TReply> {
    await this.repliesService.assertEntity(actor, entityCode);
    await this.transactions.run(async (tx) => {
      await this.replies.lock(tx, cycle.id, entityCode);
      const row = await this.replies.find(cycle.id, entityCode, tx);
      const reply = toReply(cycle, entityCode, row);
      if (row && inReport(row.status)) {
        throw new DomainError(
          409,
          'ALREADY_ACCEPTED',
          `This reply has already been accepted with the decision ${row.decision}.`,
          {},
          undefined,
          { current: reply },
        );
      }
      if (!row || !canAccept(row.status)) {
        throw conflict(
          'INVALID_TRANSITION',
          `Only a submitted reply can be accepted; this one is ${STATUS_WORDS[reply.status]}.`,
        );
      }
      const proposed = reply.lengthCheck!.proposedDecision;
      if (input.decision !== proposed && !input.reason) {
        throw invalidField(
          'reason',
          `The length rule proposes ${proposed}: give the reason for deciding ${input.decision}.`,
        );
      }
      if (input.decision === 'SUMMARY' && !reply.lengthCheck!.hasSummary) {
        throw invalidField('decision', 'This reply has no executive summary to reproduce.');
      }
      await this.review.addDecision(tx, {
        replyId: row.id,
        decision: input.decision,
        proposed,
        reason: input.reason || null,
        decidedById: actor.id,
      });
      await this.replies.update(tx, row.id, {
        status: 'ACCEPTED',
        decision: input.decision,
        version: { increment: 1 },
      });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'reply.accept',
        targetType: 'Reply',
        targetId: row.id,
        cycleId: cycle.id,
        before: { status: row.status, decision: row.decision },
        after: { status: 'ACCEPTED', decision: input.decision, proposed, reason: input.reason || null },
      });
      await this.mail.accepted(tx, cycle, entityCode, input.decision);
    });
    return toReply(cycle, entityCode, await this.replies.find(cycle.id, entityCode));
  }

  /** Takes a reply out of the reports; its history stays. */
  async withdraw(cycle: TCycle, entityCode: string, input: TWithdrawReply, actor: SessionUser): Promise<TReply> {
    await this.repliesService.assertEntity(actor, entityCode);
    await this.transactions.run(async (tx) => {
      await this.replies.lock(tx, cycle.id, entityCode);
      const row = await this.replies.find(cycle.id, entityCode, tx);
      if (!row || !canWithdraw(row.status)) throw conflict('INVALID_TRANSITION', 'There is no reply to withdraw.');
      await this.replies.update(tx, row.id, { status: 'WITHDRAWN', version: { increment: 1 } });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'reply.withdraw',
        targetType: 'Reply',
        targetId: row.id,
        cycleId: cycle.id,
        before: { status: row.status },
        after: { status: 'WITHDRAWN', reason: input.reason },
      });
    });
    return toReply(cycle, entityCode, await this.replies.find(cycle.id, entityCode));
  }

  /** Adds or edits a translation of an accepted reply; the original is never touched, and each save is a version. */
  async saveTranslation(
    cycle: TCycle,
    entityCode: string,
    language: TLanguage,
    input: TSaveTranslation,
    actor: SessionUser,
  ): Promise<TReply> {
    await this.repliesService.assertEntity(actor, entityCode);
    await this.transactions.run(async (tx) => {
      await this.replies.lock(tx, cycle.id, entityCode);
      const row = await this.replies.find(cycle.id, entityCode, tx);
      if (!row || !canTranslate(row.status)) {
        throw conflict('INVALID_TRANSITION', 'Translations are added to accepted replies.');
      }
      if (language === row.originalLanguage)
        throw invalidField(
          'language',
          'This is the original language: the original is never edited by the Secretariat.',
        );
      const existing = await this.review.text(tx, row.id, language);
      const data = { body: input.body, summary: input.summary || null };
      if (!existing) {
        if (input.version !== 0) throw notFound(`The ${language} translation`);
        await this.review.createText(tx, { replyId: row.id, language, ...data });
      } else {
        const { count } = await this.review.updateText(tx, row.id, language, input.version, data);
        if (count === 0) {
          throw new DomainError(
            409,
            'STALE_VERSION',
            'This translation was saved elsewhere in the meantime.',
            {},
            undefined,
            {
              current: { language, body: existing.body, summary: existing.summary, version: existing.version },
            },
          );
        }
      }
      const number = (await this.replies.countVersions(tx, row.id)) + 1;
      await this.replies.createVersion(tx, {
        replyId: row.id,
        number,
        kind: 'TRANSLATION',
        createdById: actor.id,
        snapshot: { language, ...data },
      });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'reply.translate',
        targetType: 'Reply',
        targetId: row.id,
        cycleId: cycle.id,
        before: existing ? { language, body: existing.body, summary: existing.summary } : null,
        after: { language, ...data, versionNumber: number },
      });
    });
    return toReply(cycle, entityCode, await this.replies.find(cycle.id, entityCode));
  }

  async versions(cycle: TCycle, entityCode: string, user: SessionUser): Promise<TReplyVersionInfo[]> {
    const row = await this.replyRow(cycle, entityCode, user);
    const versions = await this.review.versions(row.id);
    return versions.map((v) => {
      const snapshot = v.snapshot as VersionSnapshot;
      return {
        number: v.number,
        kind: v.kind,
        language: snapshot.language ?? snapshot.originalLanguage ?? null,
        createdAt: v.createdAt.toISOString(),
        createdBy: v.createdBy?.name ?? null,
        words: snapshot.words ?? null,
        attachment: v.attachment ? toAttachment(v.attachment) : null,
      };
    });
  }

  async version(cycle: TCycle, entityCode: string, number: number, user: SessionUser): Promise<TReplyVersion> {
    const row = await this.replyRow(cycle, entityCode, user);
    const version = await this.review.version(row.id, number);
    if (!version) throw notFound(`Version ${number}`);
    return {
      number: version.number,
      kind: version.kind,
      createdAt: version.createdAt.toISOString(),
      snapshot: version.snapshot,
    };
  }

  /** What changed between two versions, in one language (the original's by default). */
  async diff(
    cycle: TCycle,
    entityCode: string,
    from: number,
    to: number,
    language: TLanguage | undefined,
    user: SessionUser,
  ): Promise<TReplyDiff> {
    const row = await this.replyRow(cycle, entityCode, user);
    const [a, b] = await Promise.all([this.review.version(row.id, from), this.review.version(row.id, to)]);
    if (!a || !b) throw notFound(`Version ${!a ? from : to}`);
    const lang = language ?? (row.originalLanguage as TLanguage);
    const before = snapshotText(a.snapshot as VersionSnapshot, lang);
    const after = snapshotText(b.snapshot as VersionSnapshot, lang);
    const pairs = [
      { before: before.body, after: after.body },
      { before: before.summary, after: after.summary },
    ];
    const size = pairs.reduce((n, p) => n + p.before.length + p.after.length, 0);
    const [body, summary] =
      size > DIFF_INLINE_CHARACTERS
        ? await this.work.run({ kind: 'diff', pairs })
        : pairs.map((p) => diffTexts(p.before, p.after));
    return { from, to, language: lang, body, summary };
  }

  async decisions(cycle: TCycle, entityCode: string, user: SessionUser): Promise<TDecisionRecord[]> {
    const row = await this.replyRow(cycle, entityCode, user);
    const decisions = await this.review.decisions(row.id);
    return decisions.map((d) => ({
      decision: d.decision,
      proposed: d.proposed,
      reason: d.reason,
      decidedBy: d.decidedBy?.name ?? null,
      decidedAt: d.decidedAt.toISOString(),
    }));
  }

  /** For "new information only" cycles: the passages that repeat the entity's reply to the previous cycle. */
  async repetitions(cycle: TCycle, entityCode: string, user: SessionUser): Promise<TRepetitions> {
    const row = await this.replyRow(cycle, entityCode, user);
    if (!cycle.newInformationOnly || !cycle.previousCycle) return { applies: false, previousCycle: null, passages: [] };
    const previous = await this.review.previousReply(cycle.previousCycle.id, entityCode);
    const current = row.texts.find((t) => t.language === row.originalLanguage);
    const passages =
      previous && current
        ? await this.work.run({ kind: 'repetitions', current: current.body, previous: previous.body })
        : [];
    return { applies: true, previousCycle: cycle.previousCycle.symbol, hasPreviousReply: !!previous, passages };
  }

  private async replyRow(cycle: TCycle, entityCode: string, user: SessionUser) {
    await this.repliesService.assertEntity(user, entityCode);
    const row = await this.replies.find(cycle.id, entityCode);
    if (!row) throw notFound(`A reply of ${entityCode} to ${cycle.symbol}`);
    return row;
  }
}
