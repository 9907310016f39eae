import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The portal's settings, read from the environment once and validated here: the only place that
 * reads `process.env`. A bad value stops the start with one line naming the variable.
 */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const timeZone = z
  .string()
  .default('America/New_York')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone such as America/New_York');

const postgresUrl = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined))
  .refine((value) => value === undefined || /^postgres(ql)?:\/\/.+/.test(value), 'a postgresql:// URL');

const httpUrl = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim().replace(/\/+$/, '') : undefined))
  .refine((value) => value === undefined || /^https?:\/\/[^\s/]+/.test(value), 'an http:// or https:// address');

const smtpUrl = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined))
  .refine((value) => {
    if (value === undefined) return true;
    try {
      const url = new URL(value);
      return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && !!url.hostname;
    } catch {
      return false;
    }
  }, 'an smtp:// or smtps:// URL such as smtp://user:password@relay.example.org:587');

/** One address, optionally with a display name: `Replies <no-reply@un.org>`. No line breaks (header injection). */
const mailAddress = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined))
  .refine(
    (value) =>
      value === undefined ||
      (/^[^\r\n]*$/.test(value) && /^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(value)),
    'an e-mail address, optionally with a name: Replies <no-reply@un.org>',
  );

export const ZEnvironment = z.object({
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  PORT: port(3000),
  PUBLIC_URL: httpUrl,
  ADMIN_EMAIL: optionalText,
  ADMIN_PASSWORD: z.string().optional(),
  EMBEDDED_PG_PORT: port(54329),
  REPLIES_DATA_DIR: optionalText,
  COOKIE_SECURE: flag,
  TRUST_PROXY: optionalText,
  REPORT_TIMEZONE: timeZone,
  WEB_DIST_DIR: optionalText,
  PRISMA_DIR: optionalText,
  PRISMA_ENGINE_LOG: flag,
  SMTP_URL: smtpUrl,
  MAIL_FROM: mailAddress,
  MAIL_REPLY_TO: mailAddress,
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  MAIL_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  REQUIRE_2FA: z
    .enum(['off', 'secretariat', ''])
    .optional()
    .transform((value) => (value === 'secretariat' ? 'secretariat' : 'off')),
  WORKER_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  PORTAL_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  WORK_TIME_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface AppConfig {
  /** PostgreSQL to use; unset means the embedded server under `dataDir`. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  port: number;
  /** The portal's address as documents that leave the site print it (mail, DOCX, footnotes). */
  publicUrl: string;
  admin: { email: string | undefined; password: string | undefined };
  embeddedPostgresPort: number;
  dataDir: string;
  cookieSecure: boolean;
  trustProxy: string | undefined;
  /** The Secretariat's calendar (UN Headquarters) for dates received and deadlines. */
  reportTimeZone: string;
  webDistDir: string;
  prismaDir: string | undefined;
  prismaEngineLog: boolean;
  /** Threads of the pool that compiles reports, compares texts and reads uploaded files. */
  workerThreads: number;
  /** Processes serving the portal on its port (node:cluster); 1 serves from the starting process itself. */
  portalWorkers: number;
  /** How long one such task may take before the request gets 503 and its thread is replaced. */
  workTimeBudgetMs: number;
  /** Level of the structured (JSON) log of requests and errors. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  mail: MailConfig;
  /** `secretariat`: editors and administrators must sign in with a second factor. */
  require2fa: 'off' | 'secretariat';
}

export interface MailConfig {
  /** Unset: mail is kept in the outbox and nothing is sent. */
  smtpUrl: string | undefined;
  from: string;
  /** Reply-To when the cycle's office has no address of its own. */
  replyTo: string | undefined;
  /** Attempts after the first one, for temporary failures (4xx, connection refused). */
  retryLimit: number;
  /** The first retry waits about this long, each next one about twice as long. */
  retryDelaySeconds: number;
  /** Hour of the editors' daily digest, in the Secretariat's time zone. */
  digestHour: number;
}

export class ConfigError extends Error {}

const REPOSITORY_ROOT = resolve(__dirname, '../../../..');

export function parseConfig(environment: Record<string, string | undefined>): AppConfig {
  const parsed = ZEnvironment.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    throw new ConfigError(
      `Invalid setting ${name}=${JSON.stringify(environment[name] ?? '')}: ${describe(issue)}. Fix it in the environment and start again.`,
    );
  }
  const env = parsed.data;
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  return {
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    port: env.PORT,
    publicUrl,
    admin: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD || undefined },
    embeddedPostgresPort: env.EMBEDDED_PG_PORT,
    dataDir: resolve(env.REPLIES_DATA_DIR ?? join(REPOSITORY_ROOT, '.data')),
    cookieSecure: env.COOKIE_SECURE,
    trustProxy: env.TRUST_PROXY,
    reportTimeZone: env.REPORT_TIMEZONE,
    webDistDir: resolve(env.WEB_DIST_DIR ?? join(REPOSITORY_ROOT, 'apps/web/dist')),
    prismaDir: env.PRISMA_DIR,
    prismaEngineLog: env.PRISMA_ENGINE_LOG,
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM ?? `Replies <no-reply@${new URL(publicUrl).hostname}>`,
      replyTo: env.MAIL_REPLY_TO,
      retryLimit: env.MAIL_RETRY_LIMIT,
      retryDelaySeconds: env.MAIL_RETRY_DELAY_SECONDS,
      digestHour: env.MAIL_DIGEST_HOUR,
    },
    require2fa: env.REQUIRE_2FA,
    // One core stays with the request loop (and PostgreSQL, when embedded).
    workerThreads: env.WORKER_THREADS ?? Math.max(1, Math.min(4, availableParallelism() - 1)),
    portalWorkers: env.PORTAL_WORKERS ?? availableParallelism(),
    workTimeBudgetMs: env.WORK_TIME_BUDGET_MS,
    logLevel: env.LOG_LEVEL,
  };
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') return `expected ${issue.message}`;
  if (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_type')
    return `expected ${numberRange(issue.path[0])}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => String(v)).join(', ')}`;
  return issue.message;
}

const NUMBER_RANGES: Record<string, string> = {
  DATABASE_POOL_SIZE: 'a whole number from 1 to 500',
  MAIL_RETRY_LIMIT: 'a whole number from 0 to 20',
  MAIL_RETRY_DELAY_SECONDS: 'a whole number of seconds from 1 to 3600',
  MAIL_DIGEST_HOUR: 'an hour from 0 to 23',
  WORKER_THREADS: 'a whole number from 1 to 64',
  PORTAL_WORKERS: 'a whole number of processes from 1 to 64',
  WORK_TIME_BUDGET_MS: 'a number of milliseconds from 100 to 600000',
};

const numberRange = (name: PropertyKey | undefined) => NUMBER_RANGES[String(name)] ?? 'a port number from 1 to 65535';

let current: AppConfig | undefined;

/** The settings of this process, read from the environment on first use. */
export function appConfig(): AppConfig {
  return (current ??= parseConfig(process.env));
}

/** Tests only: change settings of this process after it started (e.g. the public address once the port is known). */
export function overrideAppConfig(changes: Partial<AppConfig>): void {
  current = { ...appConfig(), ...changes };
}
