import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { processLogger } from '../common/logger';

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'P1001', // Prisma: cannot reach the database server
  'P1002',
  'P1008',
  'P1017', // Prisma: the server closed the connection
  'P2024', // Prisma: timed out waiting for a pooled connection
  '57P01', // PostgreSQL: admin shutdown
  '57P02',
  '57P03', // PostgreSQL: cannot connect now (starting up, shutting down, recovering)
  '08000',
  '08001',
  '08003',
  '08006',
]);
const CONNECTION_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// A transaction that cannot start in time waits on a pool whose connections are gone or all busy: retry later.
const CONNECTION_MESSAGES =
  /Connection terminated|connection error and is not queryable|connect ECONNREFUSED|Can't reach database server|server closed the connection|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Unable to start a transaction in the given time/i;

/** Whether `error` (or one of its causes) says the database cannot be reached, rather than a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const e = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return true;
    if (typeof e.originalCode === 'string' && CONNECTION_CODES.has(e.originalCode)) return true;
    if (typeof e.kind === 'string' && CONNECTION_KINDS.has(e.kind)) return true;
    if (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

/** The first message or code along the error's causes, for the one log line of an outage. */
function describe(error: unknown): string {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const e = current as { message?: unknown; code?: unknown; kind?: unknown; cause?: unknown };
    const text = [e.code, e.kind, e.message].filter((part) => typeof part === 'string' && part).join(': ');
    if (text) return text.split('\n')[0].slice(0, 300);
    current = e.cause;
  }
  return String(error);
}

/**
 * One log line when the database stops answering and one when it answers again, however many
 * requests fail in between (each still gets its own request line, without a stack trace). While it
 * is down, a probe asks it every two seconds whether it is back.
 */
@Injectable()
export class DatabaseOutage implements OnModuleDestroy {
  private since: Date | null = null;
  private probe: NodeJS.Timeout | undefined;

  constructor(private readonly prisma: PrismaService) {}

  failed(error: unknown) {
    if (this.since) return;
    this.since = new Date();
    const reason = describe(error);
    processLogger().error(
      { event: 'database.unavailable', reason },
      'The database does not answer: requests get 503 until it does.',
    );
    this.probe = setInterval(() => {
      this.prisma.$queryRaw`SELECT 1`.then(
        () => this.answered(),
        () => undefined,
      );
    }, 2000);
    this.probe.unref();
  }

  answered() {
    if (!this.since) return;
    clearInterval(this.probe);
    const seconds = Math.round((Date.now() - this.since.getTime()) / 1000);
    this.since = null;
    processLogger().warn({ event: 'database.available', outageSeconds: seconds }, 'The database answers again.');
  }

  onModuleDestroy() {
    clearInterval(this.probe);
  }

  get down(): boolean {
    return this.since !== null;
  }
}
