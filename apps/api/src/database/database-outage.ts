import cluster from 'node:cluster';
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
  '57P01', // PostgreSQL: admin shutdown
  '57P02',
  '57P03', // PostgreSQL: cannot connect now (starting up, shutting down, recovering)
  '08000',
  '08001',
  '08003',
  '08006',
]);
const CONNECTION_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const CONNECTION_MESSAGES =
  /Connection terminated|connection error and is not queryable|connect ECONNREFUSED|Can't reach database server|server closed the connection|terminating connection|the database system is (starting up|shutting down|in recovery mode)/i;
/**
 * Busy rather than down: no pooled connection came in time (P2024), a transaction could not start in
 * time (P2028). Such a request is answered 503 like an outage, but an outage is not announced: under a
 * burst of load the database still answers.
 */
const BUSY_CODES = new Set(['P2024', 'P2028']);
const BUSY_MESSAGES = /Unable to start a transaction in the given time|Timed out fetching a new connection/i;

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  originalCode?: unknown;
  cause?: unknown;
}

/** The error and its causes, six deep at most. */
function* causesOf(error: unknown): Generator<ErrorLike> {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const e = current as ErrorLike;
    yield e;
    current = e.cause;
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Whether `error` (or one of its causes) says no connection or transaction could be had in time. */
export function isDatabaseBusy(error: unknown): boolean {
  for (const e of causesOf(error)) {
    const code = text(e.code);
    if ((code && BUSY_CODES.has(code)) || BUSY_MESSAGES.test(text(e.message) ?? '')) return true;
  }
  return false;
}

/** Whether `error` (or one of its causes) says the database cannot be reached, or is too busy, rather than a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (isDatabaseBusy(error)) return true;
  for (const e of causesOf(error)) {
    const codes = [text(e.code), text(e.originalCode)];
    if (codes.some((code) => code && CONNECTION_CODES.has(code))) return true;
    const kind = text(e.kind);
    if (kind && CONNECTION_KINDS.has(kind)) return true;
    if (CONNECTION_MESSAGES.test(text(e.message) ?? '')) return true;
  }
  return false;
}

/** The first message or code along the error's causes, for the one log line of an outage. */
function describe(error: unknown): string {
  for (const e of causesOf(error)) {
    const line = [e.code, e.kind, e.message].filter((part) => typeof part === 'string' && part).join(': ');
    if (line) return line.split('\n')[0].slice(0, 300);
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
    announce({ type: 'database-outage', event: 'unavailable', reason: describe(error) });
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
    announce({ type: 'database-outage', event: 'available', outageSeconds: seconds });
  }

  onModuleDestroy() {
    clearInterval(this.probe);
  }

  get down(): boolean {
    return this.since !== null;
  }
}

export type OutageMessage =
  | { type: 'database-outage'; event: 'unavailable'; reason: string }
  | { type: 'database-outage'; event: 'available'; outageSeconds: number };

/**
 * In a process of the cluster, the outage is told to the primary, which logs it once for all the
 * processes (each notices it on its own); a portal of one process logs it itself.
 */
function announce(message: OutageMessage) {
  if (cluster.isWorker && process.connected) process.send!(message);
  else logOutage(message);
}

function logOutage(message: OutageMessage) {
  if (message.event === 'unavailable') {
    processLogger().error(
      { event: 'database.unavailable', reason: message.reason },
      'The database does not answer: requests get 503 until it does.',
    );
  } else {
    processLogger().warn(
      { event: 'database.available', outageSeconds: message.outageSeconds },
      'The database answers again.',
    );
  }
}

/** The primary's log of the processes' outages: one line when the first notices, one when one sees it end. */
export class OutageLog {
  private down = false;

  record(message: OutageMessage) {
    if ((message.event === 'unavailable') === this.down) return;
    this.down = message.event === 'unavailable';
    logOutage(message);
  }
}
