import { formatLongDate, todayAt, type TDecision, type TLanguage } from '@replies/shared';
import { headingName } from '../../compilation/model/entity-names';
import type { SubmittedReply } from '../../mail/compose/compose';
import { MAIL_WORDS } from '../../mail/compose/words';
import { RECEIPT_WORDS } from './receipt-words';

/** What a receipt states: the receipt mail's data (reference, date received, text), and the rest of the submission. */
export interface ReceiptInput extends SubmittedReply {
  /** The cycle's title, by language (English when a language has none). */
  title: Partial<Record<TLanguage, string>>;
  submittedAt: Date;
  /** The Secretariat's calendar (REPORT_TIMEZONE): the date received and the time of submission are read in it. */
  timeZone: string;
  submittedBy: { name: string; email: string } | null;
  enteredBySecretariat: boolean;
  declaration: boolean;
  words: number;
  summaryWords: number;
  limits: { reply: number; summary: number };
  proposedDecision: TDecision | null;
  attachment: { fileName: string; size: number; sha256: string } | null;
}

/** A receipt laid out for one language, ready for a renderer. */
export interface ReceiptDocument {
  language: TLanguage;
  direction: 'ltr' | 'rtl';
  title: string;
  reference: string;
  intro: string;
  facts: [label: string, value: string][];
  declaration: { title: string; text: string };
  next: { title: string; items: string[] };
  /** The text and summary as submitted, in the reply's own language. */
  copies: { title: string; text: string; language: TLanguage }[];
}

const LOCALES: Record<TLanguage, string> = { en: 'en-GB', fr: 'fr', es: 'es', ru: 'ru', zh: 'zh', ar: 'ar-u-nu-latn' };

const languageName = (code: TLanguage, inLanguage: TLanguage) =>
  new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;

function fileSize(bytes: number, locale: string): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)));
}

/** The moment of the submission as the Secretariat's calendar and clock read it. */
function momentIn(moment: Date, timeZone: string, language: TLanguage): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return RECEIPT_WORDS[language].at(formatLongDate(todayAt(timeZone, moment), language), time.format(moment), timeZone);
}

/** The receipt of one submission in one language; the copies of the text stay in the reply's language. */
export function receiptDocument(input: ReceiptInput, language: TLanguage): ReceiptDocument {
  const words = RECEIPT_WORDS[language];
  const mail = MAIL_WORDS[language].receipt;
  const number = new Intl.NumberFormat(LOCALES[language]);
  const entity = headingName(input.entity, language);
  const title = input.title[language]?.trim() || input.title.en || '';
  const submittedBy = input.submittedBy
    ? input.enteredBySecretariat
      ? words.enteredBy(input.submittedBy.name)
      : `${input.submittedBy.name} <${input.submittedBy.email}>`
    : null;
  const facts: [string, string][] = [
    [mail.reference, input.reference],
    [words.report, title ? `${input.symbol} — ${title}` : input.symbol],
    [words.sender, entity],
    [mail.received, formatLongDate(input.receivedOn, language)],
    [words.submittedAt, momentIn(input.submittedAt, input.timeZone, language)],
    ...(submittedBy ? [[words.submittedBy, submittedBy] as [string, string]] : []),
    [words.originalLanguage, languageName(input.originalLanguage, language)],
    [words.length, words.words(number.format(input.words), number.format(input.limits.reply))],
    [
      words.summaryLength,
      input.summary
        ? words.words(number.format(input.summaryWords), number.format(input.limits.summary))
        : words.noSummary,
    ],
    ...(input.proposedDecision ? [[words.proposed, words.decision[input.proposedDecision]] as [string, string]] : []),
    [
      words.originalFile,
      input.attachment
        ? words.file(input.attachment.fileName, fileSize(input.attachment.size, LOCALES[language]))
        : words.noFile,
    ],
    ...(input.attachment ? [['SHA-256', input.attachment.sha256] as [string, string]] : []),
  ];
  const declaration = input.enteredBySecretariat
    ? words.enteredAsReceived(entity)
    : input.declaration && input.submittedBy
      ? words.declared(input.submittedBy.name, entity)
      : words.notDeclared;
  const copyLanguage = languageName(input.originalLanguage, language);
  return {
    language,
    direction: language === 'ar' ? 'rtl' : 'ltr',
    title: words.title,
    reference: input.reference,
    intro: mail.intro(entity, input.symbol),
    facts,
    declaration: { title: words.declarationTitle, text: declaration },
    next: { title: words.nextTitle, items: words.next },
    copies: [
      { title: mail.copy(copyLanguage), text: input.body, language: input.originalLanguage },
      ...(input.summary ? [{ title: mail.summary, text: input.summary, language: input.originalLanguage }] : []),
    ],
  };
}
