import { Injectable } from '@nestjs/common';
import { replyReference, type TCycle, type TDecision, type TLanguage, type TRole } from '@replies/shared';
import { appConfig } from '../../config/config';
import type { Tx } from '../../database/prisma.service';
import type { NamedEntity } from '../compilation/model/entity-names';
import {
  acceptanceMail,
  activationMail,
  passwordResetMail,
  portalLinks,
  publicationMail,
  receiptMail,
  requestMail,
  returnMail,
  type Recipient,
  type SubmittedReply,
} from './compose/compose';
import { renderMail, type MailMessage } from './compose/message';
import { letterDocx } from './letter-docx';
import { LETTER_LANGUAGES, requestLetter, type LetterInput, type LetterKind, type LetterLanguage } from './letters';
import { MailQueue } from './mail-queue';
import { OutboxRepository, type OutgoingMail } from './outbox.repository';
import { replyToAddress } from './reply-to';

export const ACTIVATION_VALID_DAYS = 7;
export const PASSWORD_RESET_VALID_MINUTES = 60;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const letterLanguageOf = (language: TLanguage): LetterLanguage =>
  (LETTER_LANGUAGES as readonly string[]).includes(language) ? (language as LetterLanguage) : 'en';

type NamedRow = { code: string; type: NamedEntity['type'] } & Record<
  `name${'En' | 'Fr' | 'Es' | 'Ru' | 'Zh' | 'Ar'}`,
  string | null
>;

export const toNamedEntity = (row: NamedRow): NamedEntity => ({
  code: row.code,
  type: row.type,
  names: { en: row.nameEn ?? row.code, fr: row.nameFr, es: row.nameEs, ru: row.nameRu, zh: row.nameZh, ar: row.nameAr },
});

/**
 * Who gets which mail, in their own language: each method writes the mails of one event and queues them
 * in the caller's transaction.
 */
@Injectable()
export class MailNotifications {
  constructor(
    private readonly queue: MailQueue,
    private readonly outbox: OutboxRepository,
  ) {}

  private get links() {
    return portalLinks(appConfig().publicUrl);
  }

  private mail(recipient: Recipient, message: MailMessage, extra: Partial<OutgoingMail> & Pick<OutgoingMail, 'kind'>) {
    const rendered = renderMail(message);
    return {
      to: recipient.email,
      toName: recipient.name,
      userId: recipient.userId,
      language: recipient.language,
      subject: rendered.subject,
      body: rendered.text,
      html: rendered.html,
      ...extra,
    } satisfies OutgoingMail;
  }

  /**
   * The note verbale or letter to every active focal point of each entity, in English or Chinese as
   * the recipient reads it (other languages get the English text), with the DOCX attached.
   */
  async requests(
    tx: Tx,
    cycle: TCycle,
    entities: { entity: LetterInput['entity']; channel: 'NOTE_VERBALE' | 'LETTER' }[],
    kind: LetterKind,
    only?: Recipient[],
  ): Promise<number> {
    const focalPoints = await this.outbox.focalPoints(
      tx,
      entities.map((e) => e.entity.code),
    );
    const mails: OutgoingMail[] = [];
    for (const { entity, channel } of entities) {
      const recipients = only ?? focalPoints.get(entity.code) ?? [];
      const documents = new Map<LetterLanguage, { letter: ReturnType<typeof requestLetter>; docx: Buffer }>();
      for (const recipient of recipients) {
        const language = letterLanguageOf(recipient.language);
        let document = documents.get(language);
        if (!document) {
          const letter = requestLetter({ cycle, entity, channel, kind, portalUrl: appConfig().publicUrl }, language);
          document = { letter, docx: await letterDocx(letter, language) };
          documents.set(language, document);
        }
        const what = channel === 'NOTE_VERBALE' ? 'note-verbale' : 'letter';
        mails.push(
          this.mail(
            recipient,
            requestMail({ recipient, letter: document.letter, channel, cycleUrl: this.links.cycle(cycle.symbol) }),
            {
              kind,
              cycleId: cycle.id,
              entityCode: entity.code,
              replyTo: replyToAddress(cycle) ?? null,
              attachments: [
                {
                  fileName: `${cycle.slug}-${what}-${entity.code}-${language}.docx`,
                  mediaType: DOCX,
                  content: document.docx,
                },
              ],
            },
          ),
        );
      }
    }
    return this.queue.enqueue(tx, mails);
  }

  /** The receipt of a submission to every focal point of the entity. */
  async receipt(
    tx: Tx,
    cycle: TCycle,
    reply: Omit<SubmittedReply, 'entity' | 'reference' | 'symbol'> & { entityCode: string; version: number },
  ) {
    const entity = await this.entity(tx, reply.entityCode);
    const submitted: SubmittedReply = {
      ...reply,
      symbol: cycle.symbol,
      entity,
      reference: replyReference(cycle.symbol, entity.code, reply.version),
    };
    const url = this.links.reply(cycle.symbol, entity.code);
    return this.toFocalPoints(tx, cycle, entity, 'RECEIPT', (r) => receiptMail(r, submitted, url));
  }

  async returned(tx: Tx, cycle: TCycle, entityCode: string, comment: string): Promise<number> {
    const entity = await this.entity(tx, entityCode);
    const replyUrl = this.links.reply(cycle.symbol, entity.code);
    return this.toFocalPoints(tx, cycle, entity, 'RETURN', (r) =>
      returnMail(r, { symbol: cycle.symbol, entity, comment, replyUrl }),
    );
  }

  async accepted(tx: Tx, cycle: TCycle, entityCode: string, decision: TDecision): Promise<number> {
    const entity = await this.entity(tx, entityCode);
    const version = await this.outbox.lastSubmissionNumber(tx, cycle.id, entityCode);
    const reference = replyReference(cycle.symbol, entity.code, version);
    const replyUrl = this.links.reply(cycle.symbol, entity.code);
    return this.toFocalPoints(tx, cycle, entity, 'ACCEPTANCE', (r) =>
      acceptanceMail(r, { symbol: cycle.symbol, entity, reference, decision, replyUrl }),
    );
  }

  /** After a publication: each published reply's focal points get its public address. */
  async published(tx: Tx, cycle: TCycle, publishedSymbol: string, entityCodes: string[]): Promise<number> {
    const entities = (await this.outbox.namedEntities(tx, entityCodes)).map(toNamedEntity);
    // Two queries for the whole publication (a report may publish hundreds of replies), not two per reply.
    const recipients = await this.outbox.focalPoints(
      tx,
      entities.map((e) => e.code),
    );
    const mails = entities.flatMap((entity) =>
      (recipients.get(entity.code) ?? []).map((r) =>
        this.mail(
          r,
          publicationMail(r, {
            symbol: publishedSymbol,
            entity,
            publicReplyUrl: this.links.publicReply(cycle.symbol, entity.code),
            publicReportUrl: this.links.publicReport(publishedSymbol),
          }),
          { kind: 'PUBLICATION', cycleId: cycle.id, entityCode: entity.code, replyTo: replyToAddress(cycle) ?? null },
        ),
      ),
    );
    return this.queue.enqueue(tx, mails);
  }

  async activation(
    tx: Tx,
    user: Recipient & { role: TRole },
    token: string,
    context: { invitedBy: string | null; entity: NamedEntity | null },
  ): Promise<number> {
    const message = activationMail(user, {
      invitedBy: context.invitedBy,
      role: user.role,
      entity: context.entity,
      url: this.links.activation(token),
      validDays: ACTIVATION_VALID_DAYS,
    });
    return this.queue.enqueue(tx, [
      this.mail(user, message, { kind: 'ACTIVATION', replyTo: replyToAddress() ?? null }),
    ]);
  }

  async passwordReset(tx: Tx, user: Recipient, token: string): Promise<number> {
    const message = passwordResetMail(user, {
      url: this.links.passwordReset(token),
      validMinutes: PASSWORD_RESET_VALID_MINUTES,
    });
    return this.queue.enqueue(tx, [
      this.mail(user, message, { kind: 'PASSWORD_RESET', replyTo: replyToAddress() ?? null }),
    ]);
  }

  private async toFocalPoints(
    tx: Tx,
    cycle: TCycle,
    entity: NamedEntity,
    kind: OutgoingMail['kind'],
    write: (recipient: Recipient) => MailMessage,
  ): Promise<number> {
    const recipients = (await this.outbox.focalPoints(tx, [entity.code])).get(entity.code) ?? [];
    return this.queue.enqueue(
      tx,
      recipients.map((r) =>
        this.mail(r, write(r), {
          kind,
          cycleId: cycle.id,
          entityCode: entity.code,
          replyTo: replyToAddress(cycle) ?? null,
        }),
      ),
    );
  }

  private async entity(tx: Tx, code: string): Promise<NamedEntity> {
    const [row] = await this.outbox.namedEntities(tx, [code]);
    return row ? toNamedEntity(row) : { code, type: 'STATE', names: { en: code } };
  }
}
