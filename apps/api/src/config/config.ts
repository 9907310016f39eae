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
  WORKER_THREADS: z.coerce.number().int().min(1).max(64).optional(),
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
  /** How long one such task may take before the request gets 503 and its thread is replaced. */
  workTimeBudgetMs: number;
  /** Level of the structured (JSON) log of requests and errors. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
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
  return {
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    port: env.PORT,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    admin: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD || undefined },
    embeddedPostgresPort: env.EMBEDDED_PG_PORT,
    dataDir: resolve(env.REPLIES_DATA_DIR ?? join(REPOSITORY_ROOT, '.data')),
    cookieSecure: env.COOKIE_SECURE,
    trustProxy: env.TRUST_PROXY,
    reportTimeZone: env.REPORT_TIMEZONE,
    webDistDir: resolve(env.WEB_DIST_DIR ?? join(REPOSITORY_ROOT, 'apps/web/dist')),
    prismaDir: env.PRISMA_DIR,
    prismaEngineLog: env.PRISMA_ENGINE_LOG,
    // One core stays with the request loop (and PostgreSQL, when embedded).
    workerThreads: env.WORKER_THREADS ?? Math.max(1, Math.min(4, availableParallelism() - 1)),
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
  WORKER_THREADS: 'a whole number from 1 to 64',
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
