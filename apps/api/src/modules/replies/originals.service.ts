import { Injectable } from '@nestjs/common';
import type { TAttachment, TCycle } from '@replies/shared';
import { badRequest, DomainError, notFound } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { extractDocxText } from './originals/extract-docx-text';
import { inspectOriginal } from './originals/inspect-original';
import { OriginalRejected } from './originals/original-rejected';
import { assertEditable, isSecretariat } from './reply-access';
import { RepliesRepository } from './replies.repository';
import { RepliesService } from './replies.service';
import { Transactions } from '../../database/transactions';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

/** A file name safe to store and to send back in Content-Disposition. */
export function cleanFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '')
    .trim()
    .slice(0, 180);
  const stem = base.replace(/\.[^.]*$/, '') || 'original';
  return `${stem}.${extension}`;
}

/** The uploaded original of a reply (DOCX or PDF), kept byte for byte; a DOCX's text is extracted for the form. */
@Injectable()
export class OriginalsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly replies: RepliesRepository,
    private readonly repliesService: RepliesService,
    private readonly audit: AuditService,
  ) {}

  async upload(cycle: TCycle, entityCode: string, file: UploadedFile | undefined, user: SessionUser) {
    await this.repliesService.assertEntity(user, entityCode);
    if (!file?.buffer?.length) throw badRequest('NO_FILE', 'Choose a DOCX or PDF file to upload.');
    const inspected = await inspectOriginal(file.buffer, {
      fileName: file.originalname,
      mediaType: file.mimetype,
    }).catch(rejected);
    const extractedText = inspected.kind === 'DOCX' ? await extractDocxText(file.buffer).catch(rejected) : null;

    const attachment = await this.transactions.run(async (tx) => {
      await this.replies.lock(tx, cycle.id, entityCode);
      const existing = await this.replies.find(cycle.id, entityCode, tx);
      assertEditable(existing?.status ?? 'NOT_STARTED');
      // A reply started by an upload keeps version 0, so the open form's next save still matches.
      const reply =
        existing ??
        (await this.replies.create(tx, {
          cycleId: cycle.id,
          entityCode,
          status: 'DRAFT',
          enteredBySecretariat: isSecretariat(user),
          version: 0,
        }));
      const stored = await this.replies.addAttachment(tx, {
        replyId: reply.id,
        fileName: cleanFileName(file.originalname, inspected.extension),
        mediaType: inspected.mediaType,
        size: inspected.size,
        sha256: inspected.sha256,
        content: new Uint8Array(file.buffer),
        uploadedById: user.id,
      });
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'reply.upload',
        targetType: 'Reply',
        targetId: reply.id,
        cycleId: cycle.id,
        after: {
          attachmentId: stored.id,
          fileName: stored.fileName,
          mediaType: stored.mediaType,
          size: stored.size,
          sha256: stored.sha256,
        },
      });
      return stored;
    });
    const view: TAttachment = {
      id: attachment.id,
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      size: attachment.size,
      sha256: attachment.sha256,
      uploadedAt: attachment.createdAt.toISOString(),
    };
    return { attachment: view, extractedText };
  }

  async download(cycle: TCycle, entityCode: string, user: SessionUser) {
    await this.repliesService.assertEntity(user, entityCode);
    const reply = await this.replies.find(cycle.id, entityCode);
    const attachment = reply && (await this.replies.latestAttachment(reply.id));
    if (!attachment) throw notFound('The uploaded original of this reply');
    return attachment;
  }
}

function rejected(error: unknown): never {
  if (error instanceof OriginalRejected) throw new DomainError(error.status, error.code, error.message);
  throw error;
}
