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
      WORK_TIME_BUDGET_MS: '5000',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      workerThreads: 3,
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
    ['WORKER_THREADS', '0', /WORKER_THREADS="0": expected a whole number from 1 to 64/],
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
