import {
  formatLongDate,
  symbolToSlug,
  type TDecision,
  type TIsoDate,
  type TLanguage,
  type TRole,
} from '@replies/shared';
import { headingName, type NamedEntity } from '../../compilation/model/entity-names';
import type { Letter } from '../letters';
import type { Block, MailMessage } from './message';
import { MAIL_WORDS } from './words';

/** Whoever receives a mail: it is written in their interface language. */
export interface Recipient {
  userId: string | null;
  email: string;
  name: string;
  language: TLanguage;
}

/** Addresses in the portal, built from PUBLIC_URL: the only links a mail carries. */
export const portalLinks = (publicUrl: string) => ({
  cycle: (symbol: string) => `${publicUrl}/cycles/${symbolToSlug(symbol)}`,
  reply: (symbol: string, entityCode: string) =>
    `${publicUrl}/cycles/${symbolToSlug(symbol)}/replies/${encodeURIComponent(entityCode)}`,
  review: (symbol: string, entityCode: string) =>
    `${publicUrl}/cycles/${symbolToSlug(symbol)}/review/${encodeURIComponent(entityCode)}`,
  publicReport: (symbol: string) => `${publicUrl}/reports/${symbolToSlug(symbol)}`,
  publicReply: (symbol: string, entityCode: string) =>
    `${publicUrl}/reports/${symbolToSlug(symbol)}/replies/${encodeURIComponent(entityCode)}`,
  activation: (token: string) => `${publicUrl}/activate?token=${encodeURIComponent(token)}`,
  passwordReset: (token: string) => `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
});

const languageName = (code: TLanguage, inLanguage: TLanguage) =>
  new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;

const opening = (recipient: Recipient): Block => ({
  kind: 'paragraph',
  text: MAIL_WORDS[recipient.language].greeting(recipient.name),
});
const closing = (language: TLanguage): Block => ({ kind: 'paragraph', text: MAIL_WORDS[language].signature });

/** The invitation or reminder: the note verbale or letter itself, then where to reply; the DOCX goes with it. */
export function requestMail(input: {
  recipient: Recipient;
  letter: Letter;
  channel: 'NOTE_VERBALE' | 'LETTER';
  cycleUrl: string;
}): MailMessage {
  const words = MAIL_WORDS[input.recipient.language];
  return {
    language: input.recipient.language,
    subject: input.letter.subject,
    blocks: [
      ...input.letter.body.split(/\n\s*\n/).map((text): Block => ({ kind: 'paragraph', text })),
      { kind: 'paragraph', text: words.documentAttached(input.channel) },
      { kind: 'link', label: words.replyInPortal, url: input.cycleUrl },
    ],
  };
}

export interface SubmittedReply {
  symbol: string;
  entity: NamedEntity;
  reference: string;
  receivedOn: TIsoDate;
  originalLanguage: TLanguage;
  body: string;
  summary: string | null;
}

/** The focal point's receipt: reference number, date received, and a copy of the text as submitted. */
export function receiptMail(recipient: Recipient, reply: SubmittedReply, replyUrl: string): MailMessage {
  const lang = recipient.language;
  const words = MAIL_WORDS[lang].receipt;
  const entity = headingName(reply.entity, lang);
  return {
    language: lang,
    subject: words.subject(reply.symbol, reply.reference),
    blocks: [
      opening(recipient),
      { kind: 'paragraph', text: words.intro(entity, reply.symbol) },
      {
        kind: 'facts',
        rows: [
          [words.reference, reply.reference],
          [words.received, formatLongDate(reply.receivedOn, lang)],
        ],
      },
      { kind: 'link', label: words.follow, url: replyUrl },
      {
        kind: 'quote',
        title: words.copy(languageName(reply.originalLanguage, lang)),
        text: reply.body,
        lang: reply.originalLanguage,
      },
      ...(reply.summary
        ? [{ kind: 'quote', title: words.summary, text: reply.summary, lang: reply.originalLanguage } as Block]
        : []),
      closing(lang),
    ],
  };
}

export function returnMail(
  recipient: Recipient,
  input: { symbol: string; entity: NamedEntity; comment: string; replyUrl: string },
): MailMessage {
  const lang = recipient.language;
  const words = MAIL_WORDS[lang].returned;
  return {
    language: lang,
    subject: words.subject(input.symbol),
    blocks: [
      opening(recipient),
      { kind: 'paragraph', text: words.intro(headingName(input.entity, lang), input.symbol) },
      { kind: 'quote', text: input.comment },
      { kind: 'link', label: words.revise, url: input.replyUrl },
      closing(lang),
    ],
  };
}

export function acceptanceMail(
  recipient: Recipient,
  input: { symbol: string; entity: NamedEntity; reference: string; decision: TDecision; replyUrl: string },
): MailMessage {
  const lang = recipient.language;
  const words = MAIL_WORDS[lang].accepted;
  return {
    language: lang,
    subject: words.subject(input.symbol),
    blocks: [
      opening(recipient),
      { kind: 'paragraph', text: words.intro(headingName(input.entity, lang), input.symbol, input.reference) },
      { kind: 'paragraph', text: `${words.decision[input.decision]} ${words.next}` },
      { kind: 'link', url: input.replyUrl },
      closing(lang),
    ],
  };
}

export function publicationMail(
  recipient: Recipient,
  input: { symbol: string; entity: NamedEntity; publicReplyUrl: string; publicReportUrl: string },
): MailMessage {
  const lang = recipient.language;
  const words = MAIL_WORDS[lang].published;
  return {
    language: lang,
    subject: words.subject(input.symbol),
    blocks: [
      opening(recipient),
      { kind: 'paragraph', text: words.intro(headingName(input.entity, lang), input.symbol) },
      { kind: 'link', label: words.fullText, url: input.publicReplyUrl },
      { kind: 'link', label: words.report, url: input.publicReportUrl },
      closing(lang),
    ],
  };
}

export interface DigestItem {
  symbol: string;
  entity: NamedEntity;
  receivedOn: TIsoDate;
  reference: string;
  reviewUrl: string;
}

/** The editors' daily digest of new submissions. */
export function digestMail(recipient: Recipient, input: { since: TIsoDate; today: TIsoDate; items: DigestItem[] }) {
  const lang = recipient.language;
  const words = MAIL_WORDS[lang].digest;
  return {
    language: lang,
    subject: words.subject(input.items.length, formatLongDate(input.today, lang)),
    blocks: [
      opening(recipient),
      { kind: 'paragraph', text: words.intro(input.items.length, formatLongDate(input.since, lang)) },
      {
        kind: 'list',
        items: input.items.map((item) => ({
          text: words.item(
            item.symbol,
            headingName(item.entity, lang),
            formatLongDate(item.receivedOn, lang),
            item.reference,
          ),
          url: item.reviewUrl,
        })),
      },
      closing(lang),
    ],
  } satisfies MailMessage;
}

export function activationMail(
  recipient: Recipient,
  input: { invitedBy: string | null; role: TRole; entity: NamedEntity | null; url: string; validDays: number },
): MailMessage {
  const lang = recipient.language;
  const words = MAIL_WORDS[lang].activation;
  return {
    language: lang,
    subject: words.subject,
    blocks: [
      opening(recipient),
      { kind: 'paragraph', text: words.intro(input.invitedBy) },
      { kind: 'paragraph', text: words.role(input.role, input.entity ? headingName(input.entity, lang) : null) },
      { kind: 'link', label: words.choose(input.validDays), url: input.url },
      { kind: 'paragraph', text: words.once },
      closing(lang),
    ],
  };
}

export function passwordResetMail(recipient: Recipient, input: { url: string; validMinutes: number }): MailMessage {
  const lang = recipient.language;
  const words = MAIL_WORDS[lang].reset;
  return {
    language: lang,
    subject: words.subject,
    blocks: [
      opening(recipient),
      { kind: 'paragraph', text: words.intro },
      { kind: 'link', label: words.choose(input.validMinutes), url: input.url },
      { kind: 'paragraph', text: words.ignore },
      closing(lang),
    ],
  };
}
