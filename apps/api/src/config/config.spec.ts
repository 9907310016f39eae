import { availableParallelism } from 'node:os';
import { ConfigError, parseConfig } from './config';

describe('parseConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      databasePoolSize: 10,
      port: 3000,
      publicUrl: 'http://localhost:3000',
      embeddedPostgresPort: 54329,
      cookieSecure: false,
      reportTimeZone: 'America/New_York',
      workTimeBudgetMs: 30_000,
      logLevel: 'info',
    });
    expect(config.dataDir).toMatch(/\.data$/);
    expect(config.workerThreads).toBeGreaterThanOrEqual(1);
    expect(config.portalWorkers).toBe(availableParallelism());
  });

  it('reads every setting and trims the public address', () => {
    const config = parseConfig({
      DATABASE_URL: 'postgresql://u:p@db:5432/replies',
      DATABASE_POOL_SIZE: '25',
      PORT: '8080',
      PUBLIC_URL: 'https://replies.un.org/',
      COOKIE_SECURE: 'true',
      TRUST_PROXY: '1',
      REPORT_TIMEZONE: 'Europe/Zurich',
      WORKER_THREADS: '3',
      PORTAL_WORKERS: '4',
      WORK_TIME_BUDGET_MS: '5000',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      workerThreads: 3,
      portalWorkers: 4,
      workTimeBudgetMs: 5000,
      logLevel: 'warn',
      databaseUrl: 'postgresql://u:p@db:5432/replies',
      databasePoolSize: 25,
      port: 8080,
      publicUrl: 'https://replies.un.org',
      cookieSecure: true,
      trustProxy: '1',
      reportTimeZone: 'Europe/Zurich',
    });
  });

  it('sends no mail without SMTP_URL, and reads the mail and sign-in settings', () => {
    expect(parseConfig({ PUBLIC_URL: 'https://replies.un.org' })).toMatchObject({
      mail: {
        smtpUrl: undefined,
        from: 'Replies <no-reply@replies.un.org>',
        replyTo: undefined,
        retryLimit: 8,
        retryDelaySeconds: 30,
        digestHour: 8,
      },
      require2fa: 'off',
    });
    const config = parseConfig({
      SMTP_URL: 'smtps://portal:secret@relay.un.org:465',
      MAIL_FROM: 'Replies portal <replies@un.org>',
      MAIL_REPLY_TO: 'oda-replies@un.org',
      MAIL_RETRY_LIMIT: '3',
      MAIL_RETRY_DELAY_SECONDS: '5',
      MAIL_DIGEST_HOUR: '7',
      REQUIRE_2FA: 'secretariat',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://portal:secret@relay.un.org:465',
      from: 'Replies portal <replies@un.org>',
      replyTo: 'oda-replies@un.org',
      retryLimit: 3,
      retryDelaySeconds: 5,
      digestHour: 7,
    });
    expect(config.require2fa).toBe('secretariat');
  });

  it('derives the public address from the port when PUBLIC_URL is unset', () => {
    expect(parseConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
  });

  it.each([
    ['PORT', 'abc', /Invalid setting PORT="abc": expected a port number/],
    ['PORT', '70000', /PORT="70000"/],
    ['DATABASE_POOL_SIZE', '0', /DATABASE_POOL_SIZE="0": expected a whole number from 1 to 500/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL="mysql:\/\/x": expected a postgresql:\/\/ URL/],
    ['PUBLIC_URL', 'replies.un.org', /PUBLIC_URL="replies.un.org": expected an http/],
    ['REPORT_TIMEZONE', 'Mars/Olympus', /REPORT_TIMEZONE="Mars\/Olympus": expected an IANA time zone/],
    ['COOKIE_SECURE', 'maybe', /COOKIE_SECURE="maybe": expected one of/],
    ['SMTP_URL', 'http://relay:25', /SMTP_URL="http:\/\/relay:25": expected an smtp:\/\/ or smtps:\/\/ URL/],
    ['MAIL_FROM', 'not an address', /MAIL_FROM="not an address": expected an e-mail address/],
    ['MAIL_REPLY_TO', 'a@b.org\r\nBcc: c@d.org', /MAIL_REPLY_TO=.*expected an e-mail address/],
    ['MAIL_RETRY_LIMIT', '99', /MAIL_RETRY_LIMIT="99": expected a whole number from 0 to 20/],
    ['MAIL_RETRY_DELAY_SECONDS', '0', /MAIL_RETRY_DELAY_SECONDS="0": expected a whole number of seconds/],
    ['MAIL_DIGEST_HOUR', '24', /MAIL_DIGEST_HOUR="24": expected an hour from 0 to 23/],
    ['REQUIRE_2FA', 'always', /REQUIRE_2FA="always": expected one of off, secretariat/],
    ['WORKER_THREADS', '0', /WORKER_THREADS="0": expected a whole number from 1 to 64/],
    ['PORTAL_WORKERS', 'many', /PORTAL_WORKERS="many": expected a whole number of processes from 1 to 64/],
    ['WORK_TIME_BUDGET_MS', '10', /WORK_TIME_BUDGET_MS="10": expected a number of milliseconds/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud": expected one of/],
  ])('refuses %s=%s with one line naming the variable', (name, value, message) => {
    let error: unknown;
    try {
      parseConfig({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
