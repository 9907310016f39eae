import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { TestApp } from './test-app';
import { appConfig, overrideAppConfig } from '../../apps/api/src/config/config';
import { MailWorker } from '../../apps/api/src/modules/mail/mail-worker';

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  /** The message as it went over the wire. */
  raw: string;
  parsed: ParsedMail;
  queueId: string;
}

type Refusal = (attempt: number, to: string[]) => { code: number; message: string } | null;

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  /** DATA commands seen, refused ones included. */
  attempts(): number;
  /** Answer DATA with this SMTP error whenever `rule` returns one (given the recipients and their attempt number). */
  refuse(rule: Refusal | null): void;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** The first received mail that matches. */
  waitForMail(matches: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/** A real SMTP server (smtp-server) on a free port, receiving what the portal sends, parsed by mailparser. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let attempts = 0;
  let rule: Refusal | null = null;
  const attemptsTo = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        attempts += 1;
        const to = session.envelope.rcptTo.map((r) => r.address);
        const key = to.join(',');
        attemptsTo.set(key, (attemptsTo.get(key) ?? 0) + 1);
        const refusal = rule?.(attemptsTo.get(key)!, to);
        if (refusal) {
          callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const queueId = randomBytes(5).toString('hex').toUpperCase();
        simpleParser(raw).then(
          (parsed) => {
            received.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              raw,
              parsed,
              queueId,
            });
            callback(null, `OK: queued as ${queueId}`);
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    attempts: () => attempts,
    refuse: (next) => {
      rule = next;
    },
    async waitFor(count, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`Expected ${count} mails, received ${received.length}.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return received;
    },
    waitForMail: (matches, timeoutMs = 20_000) => eventually(async () => received.find(matches), timeoutMs),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Points this test file's portal at the test SMTP server, with quick retries (1 s, then about twice as
 * long), and starts the mail worker of each given app. Stop the workers before closing the apps.
 */
export async function sendMailThrough(smtp: TestSmtpServer, apps: TestApp[], retryLimit = 3): Promise<void> {
  overrideAppConfig({
    mail: { ...appConfig().mail, smtpUrl: smtp.url, retryLimit, retryDelaySeconds: 1, replyTo: 'replies@un.org' },
  });
  for (const t of apps) await t.app.get(MailWorker).start({ pollingIntervalSeconds: 0.5, digest: false });
}

/** Polls until `check` returns a value (not null/undefined/false). */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('The condition was not met in time.');
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** The first link of a mail's text part that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const text = mail.parsed.text ?? '';
  const match = text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^\\s]+`));
  if (!match) throw new Error(`No link starting with ${prefix} in:\n${text}`);
  return match[0];
}
