import { z } from 'zod';
import { ZLanguage } from './languages';

/**
 * PENDING: queued, the mail server has not accepted it yet (retried on temporary failures);
 * SENT: accepted by the mail server, with its message id; FAILED: refused, or still failing after the
 * last attempt, with the reason; HELD: kept in the outbox because no mail server is configured;
 * CANCELLED: an editor cancelled it before it left.
 */
export const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED', 'HELD', 'CANCELLED'] as const;
export type TMailStatus = (typeof MAIL_STATUSES)[number];
export const ZMailStatus = z.enum(MAIL_STATUSES);

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

export const ZOutboxMail = z
  .object({
    id: z.string(),
    to: z.string(),
    toName: z.string().nullable(),
    language: ZLanguage.nullable(),
    subject: z.string(),
    /** The plain-text part; one-time links of account mail are masked. */
    body: z.string(),
    replyTo: z.string().nullable(),
    kind: z.string(),
    status: ZMailStatus,
    attempts: z.number(),
    lastError: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    messageId: z.string().nullable(),
    /** The mail server's answer when it accepted the mail (e.g. "250 OK: queued as 4F2A9"). */
    serverResponse: z.string().nullable(),
    entityCode: z.string().nullable(),
    cycleId: z.string().nullable(),
    attachments: z.array(z.object({ fileName: z.string(), size: z.number() })),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'OutboxMail' });
export type TOutboxMail = z.infer<typeof ZOutboxMail>;

/** Whether mail leaves the portal: without SMTP_URL it is only kept in the outbox. */
export const ZMailSettings = z.object({ configured: z.boolean() });
export type TMailSettings = z.infer<typeof ZMailSettings>;
