import { Injectable } from '@nestjs/common';
import type { TAttachment, TCycle } from '@replies/shared';
import { badRequest, DomainError, notFound } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { assertEditable, isSecretariat } from './reply-access';
import { RepliesRepository } from './replies.repository';
import { RepliesService } from './replies.service';
import { Transactions } from '../../database/transactions';
import { HeavyWork } from '../../workers/heavy-work.service';
import { shownAttachment, toAttachment } from './reply-view';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

export { cleanFileName } from './originals/file-name';
import { cleanFileName } from './originals/file-name';

/** The uploaded original of a reply (DOCX or PDF), kept byte for byte; a DOCX's text is extracted for the form. */
@Injectable()
export class OriginalsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly replies: RepliesRepository,
    private readonly repliesService: RepliesService,
    private readonly audit: AuditService,
    private readonly work: HeavyWork,
  ) {}

  async upload(cycle: TCycle, entityCode: string, file: UploadedFile | undefined, user: SessionUser) {
    await this.repliesService.assertEntity(user, entityCode);
    if (!file?.buffer?.length) throw badRequest('NO_FILE', 'Choose a DOCX or PDF file to upload.');
    // Checked and read in a worker thread: a Word file is a zip of XML, whatever its sender made of it.
    const reading = await this.work.run({
      kind: 'readOriginal',
      bytes: new Uint8Array(file.buffer),
      fileName: file.originalname,
      mediaType: file.mimetype,
    });
    if (!reading.ok) throw new DomainError(reading.status, reading.code, reading.message);
    const { inspected, extractedText } = reading;

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
    const view: TAttachment = toAttachment(attachment);
    return { attachment: view, extractedText };
  }

  /** The original of the reply as it stands: the draft's own upload, or the one sent with the latest submission. */
  async download(cycle: TCycle, entityCode: string, user: SessionUser) {
    await this.repliesService.assertEntity(user, entityCode);
    const reply = await this.replies.find(cycle.id, entityCode);
    const shown = reply && shownAttachment(reply);
    const attachment = shown && (await this.replies.attachment(reply.id, shown.id));
    if (!attachment) throw notFound('The uploaded original of this reply');
    return attachment;
  }

  /** The original sent with one submitted version (none when that version came without a file). */
  async downloadOfVersion(cycle: TCycle, entityCode: string, number: number, user: SessionUser) {
    await this.repliesService.assertEntity(user, entityCode);
    const reply = await this.replies.find(cycle.id, entityCode);
    const attachment = reply && (await this.replies.attachmentOfVersion(reply.id, number));
    if (!attachment) throw notFound(`The original sent with version ${number}`);
    return attachment;
  }
}
