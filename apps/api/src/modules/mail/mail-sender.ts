import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { appConfig } from '../../config/config';
import { headerSafe } from './compose/message';

export interface MailToSend {
  id: string;
  to: string;
  toName: string | null;
  subject: string;
  body: string;
  html: string | null;
  replyTo: string | null;
  attachments: { fileName: string; mediaType: string; content: Uint8Array }[];
}

/** Codes of nodemailer for a server that could not be reached or dropped the connection: worth trying again. */
const NETWORK_ERRORS = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPROTOCOL',
]);

/** Temporary: the server answered 4xx, or could not be reached. Permanent: 5xx, refused credentials, bad address. */
export function isTemporaryFailure(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as { responseCode?: number; code?: string };
  if (typeof responseCode === 'number') return responseCode >= 400 && responseCode < 500;
  if (code === 'EAUTH' || code === 'EENVELOPE' || code === 'EMESSAGE') return false;
  return code === undefined || NETWORK_ERRORS.has(code) || /^E[A-Z]+$/.test(code);
}

/** What the editor reads as the reason: the server's answer when there is one. */
export function describeFailure(error: unknown): string {
  const { response, message } = (error ?? {}) as { response?: string; message?: string };
  return headerSafe(response || message || String(error)).slice(0, 1000);
}

/** Sends one stored mail through SMTP_URL (nodemailer, pooled connections). */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private transports = new Map<string, Transport>();

  get configured(): boolean {
    return !!appConfig().mail.smtpUrl;
  }

  async send(mail: MailToSend): Promise<{ messageId: string; response: string }> {
    const { smtpUrl, from } = appConfig().mail;
    if (!smtpUrl) throw Object.assign(new Error('No mail server is configured (SMTP_URL).'), { code: 'ENOSERVER' });
    const info = await this.transport(smtpUrl).sendMail({
      from,
      to: { name: headerSafe(mail.toName ?? ''), address: mail.to },
      replyTo: mail.replyTo ?? undefined,
      subject: headerSafe(mail.subject),
      text: mail.body,
      html: mail.html ?? undefined,
      attachments: mail.attachments.map((file) => ({
        filename: headerSafe(file.fileName),
        content: Buffer.from(file.content),
        contentType: file.mediaType,
      })),
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Replies-Mail-Id': mail.id },
      // The envelope names the one recipient: nothing in the headers can add another.
      envelope: { from: addressOf(from), to: [mail.to] },
    });
    return { messageId: info.messageId, response: String(info.response ?? '') };
  }

  private transport(url: string): Transport {
    let transport = this.transports.get(url);
    if (!transport) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by the first mail sent, not at every start
      transport = (require('nodemailer') as typeof nodemailer).createTransport({
        url,
        pool: true,
        maxConnections: 3,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      });
      this.transports.set(url, transport);
    }
    return transport;
  }

  onApplicationShutdown() {
    for (const transport of this.transports.values()) transport.close();
    this.transports.clear();
  }
}

type Transport = Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;

function addressOf(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
}
