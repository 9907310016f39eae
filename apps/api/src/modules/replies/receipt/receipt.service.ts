import { Injectable } from '@nestjs/common';
import {
  replyReference,
  type TCycle,
  type TDecision,
  type TIsoDate,
  type TLanguage,
  type TReply,
} from '@replies/shared';
import { notFound } from '../../../common/domain-error';
import { secretariatTimeZone } from '../../../common/dates';
import type { SessionUser } from '../../auth/session-user';
import { toNamedEntity } from '../../mail/notifications.service';
import { RepliesRepository } from '../replies.repository';
import { RepliesService } from '../replies.service';
import { receiptDocument, type ReceiptInput } from './receipt-document';
import { receiptDocx } from './receipt-docx';

/** What a submission's version holds (see RepliesService.submit). */
interface SubmissionSnapshot {
  originalLanguage: TLanguage;
  receivedOn: TIsoDate;
  webOnly?: boolean;
  texts: TReply['texts'];
  attachmentId: string | null;
  proposedDecision?: TDecision | null;
  words?: number;
  summaryWords?: number;
  declaration?: boolean;
}

export interface ReceiptFile {
  fileName: string;
  content: Buffer;
}

/** The receipt of the latest submission of a reply, as a Word document in the reader's language. */
@Injectable()
export class ReceiptService {
  constructor(
    private readonly replies: RepliesService,
    private readonly repository: RepliesRepository,
  ) {}

  async receipt(cycle: TCycle, entityCode: string, user: SessionUser, language?: TLanguage): Promise<ReceiptFile> {
    await this.replies.assertEntity(user, entityCode);
    const [version, entity] = await Promise.all([
      this.repository.latestSubmission(cycle.id, entityCode),
      this.repository.namedEntity(entityCode),
    ]);
    if (!version || !entity) throw notFound('A submission of this reply');
    const snapshot = version.snapshot as unknown as SubmissionSnapshot;
    const original = snapshot.texts[snapshot.originalLanguage];
    const attachment = snapshot.attachmentId ? await this.repository.attachmentSummary(snapshot.attachmentId) : null;
    const reference = replyReference(cycle.symbol, entity.code, version.number);
    const input: ReceiptInput = {
      symbol: cycle.symbol,
      title: cycle.title,
      entity: toNamedEntity(entity),
      reference,
      receivedOn: snapshot.receivedOn,
      originalLanguage: snapshot.originalLanguage,
      body: original?.body ?? '',
      summary: original?.summary || null,
      submittedAt: version.createdAt,
      timeZone: secretariatTimeZone(),
      submittedBy: version.createdBy,
      enteredBySecretariat: version.kind === 'SECRETARIAT_ENTRY',
      declaration: snapshot.declaration === true,
      words: snapshot.words ?? 0,
      summaryWords: snapshot.summaryWords ?? 0,
      limits: { reply: cycle.replyWordLimit, summary: cycle.summaryWordLimit },
      proposedDecision: snapshot.proposedDecision ?? null,
      attachment,
    };
    const content = await receiptDocx(receiptDocument(input, language ?? user.language));
    return { fileName: `receipt-${reference.replace(/\//g, '-')}.docx`, content };
  }
}
