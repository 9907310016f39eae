import type { TLanguage } from './languages';

/**
 * PENDING: queued, the mail server has not accepted it yet (retried on temporary failures);
 * SENT: accepted by the mail server, with its message id; FAILED: refused, or still failing after the
 * last attempt, with the reason; HELD: kept in the outbox because no mail server is configured;
 * CANCELLED: an editor cancelled it before it left.
 */
export const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED', 'HELD', 'CANCELLED'] as const;
export type TMailStatus = (typeof MAIL_STATUSES)[number];

export const MAIL_KINDS = [
  'INVITATION',
  'REMINDER',
  'RECEIPT',
  'RETURN',
  'ACCEPTANCE',
  'PUBLICATION',
  'DIGEST',
  'ACTIVATION',
  'PASSWORD_RESET',
] as const;
export type TMailKind = (typeof MAIL_KINDS)[number];

export interface TOutboxMail {
  id: string;
  to: string;
  toName: string | null;
  language: TLanguage | null;
  subject: string;
  /** The plain-text part; one-time links of account mail are masked. */
  body: string;
  replyTo: string | null;
  kind: string;
  status: TMailStatus;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
  messageId: string | null;
  /** The mail server's answer when it accepted the mail (e.g. "250 OK: queued as 4F2A9"). */
  serverResponse: string | null;
  entityCode: string | null;
  cycleId: string | null;
  attachments: { fileName: string; size: number }[];
  createdAt: string;
  sentAt: string | null;
}

/** Whether mail leaves the portal: without SMTP_URL it is only kept in the outbox. */
export interface TMailSettings {
  configured: boolean;
}
