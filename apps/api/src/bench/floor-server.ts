/**
 * The floor of `npm run bench`: what a bare server costs for the same reads, with no framework and no
 * ORM. `node:http` and `pg` only, doing the same queries as the portal (the session by the cookie's
 * hash, the cycle with its texts, the reply with its texts and latest file, the review queue, the
 * report JSON) and mapping rows with the same pure functions. Run in its own process:
 *   node dist/bench/floor-server.js <database URL> <port>
 * It prints `listening <port>` once it accepts connections.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool, types } from 'pg';
import { SESSION_COOKIE, type TCycle } from '@replies/shared';
import { toIsoDate } from '../common/dates';
import { buildReport, type CompilationReply } from '../modules/compilation/model/build-report';
import { render } from '../modules/compilation/render/render';
import { toCycle, type CycleRow } from '../modules/cycles/cycle-view';
import { toReply, toSummary, type QueueRow, type ReplyReadRow } from '../modules/replies/reply-view';
import {
  CYCLE_SQL,
  CYCLES_SQL,
  QUEUE_SQL,
  REPLY_SQL,
  REPORT_DATA_VERSION_SQL,
  SESSION_SQL,
} from '../database/sql/read-queries';
import type { QueueEntry } from '../modules/replies/replies.repository';

// DATE columns as Prisma gives them: UTC midnight.
const utcDate = (value: string) => new Date(`${value}T00:00:00.000Z`);
types.setTypeParser(1082, utcDate);
types.setTypeParser(1182 as never, (value: string) =>
  value === '{}' ? [] : value.slice(1, -1).split(',').map(utcDate),
);

const [databaseUrl, portText] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: 10 });
const publicUrl = `http://localhost:${portText}`;
const collator = new Intl.Collator('en', { sensitivity: 'base' });

const COMPILATION_SQL = `
  SELECT r.status, r."originalLanguage", r."receivedOn", r.decision, r."webOnly",
    json_build_object('code', e.code, 'type', e.type, 'names', json_build_object('en', e."nameEn", 'fr', e."nameFr",
      'es', e."nameEs", 'ru', e."nameRu", 'zh', e."nameZh", 'ar', e."nameAr")) AS entity,
    (SELECT json_object_agg(t.language, json_build_object('body', t.body, 'summary', t.summary))
       FROM "ReplyText" t WHERE t."replyId" = r.id) AS texts
  FROM "Reply" r JOIN "Entity" e ON e.code = r."entityCode"
  WHERE r."cycleId" = $1 AND r.status IN ('SUBMITTED', 'RETURNED', 'ACCEPTED', 'PUBLISHED', 'WITHDRAWN')
    AND r."receivedOn" IS NOT NULL AND r."originalLanguage" IS NOT NULL`;

/** The compiled version stored once, as the portal stores it (unique per content among unpublished versions). */
const STORED_SQL = `
  INSERT INTO "CompiledReport" (id, "cycleId", language, format, addendum, checksum, content, "dataVersion")
  VALUES (gen_random_uuid(), $1::uuid, $2::"Language", 'JSON', 0, $3, $4, $5)
  ON CONFLICT DO NOTHING`;

/** Compiled reports by cycle and data version, as the portal keeps them in each process. */
const reports = new Map<string, Buffer>();

/** The columns of SESSION_SQL this server reads. */
interface SessionRow {
  userId: string;
  role: string;
  entityCode: string | null;
  disabled: boolean;
  expiresAt: Date;
}

/** COMPILATION_SQL's row: CompilationReply before its date is written out. */
type CompilationRow = Omit<CompilationReply, 'receivedOn' | 'texts'> & {
  receivedOn: Date;
  texts: CompilationReply['texts'] | null;
};

interface Viewer {
  id: string;
  role: string;
  entityCode: string | null;
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json; charset=utf-8',
) {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function cookieToken(request: IncomingMessage): string | null {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

async function viewerOf(request: IncomingMessage): Promise<Viewer | null> {
  const token = cookieToken(request);
  if (!token) return null;
  const { rows } = await pool.query<SessionRow>(SESSION_SQL, [createHash('sha256').update(token).digest('hex')]);
  const row = rows[0];
  if (!row || row.disabled || new Date(row.expiresAt).getTime() <= Date.now()) return null;
  return { id: row.userId, role: row.role, entityCode: row.entityCode };
}

/** A scalar list PostgreSQL holds as NULL is an empty list to Prisma. */
const cycleFrom = (row: CycleRow) => toCycle({ ...row, orgLettersOn: row.orgLettersOn ?? [] });

const secretariat = (viewer: Viewer) => viewer.role === 'EDITOR' || viewer.role === 'ADMIN';

async function cycleOf(ref: string, viewer: Viewer): Promise<TCycle | null> {
  const { rows } = await pool.query<CycleRow & { invited: boolean }>(CYCLE_SQL, [
    null,
    ref.replace(/-/g, '/'),
    viewer.entityCode,
  ]);
  const row = rows[0];
  if (!row || (!secretariat(viewer) && !row.invited)) return null;
  return cycleFrom(row);
}

const withDates = (attachment: { createdAt: string | Date } | null | undefined) => {
  if (attachment) attachment.createdAt = new Date(attachment.createdAt);
};

async function reply(cycle: TCycle, entityCode: string) {
  const { rows } = await pool.query<ReplyReadRow & { id: string | null }>(REPLY_SQL, [cycle.id, entityCode]);
  const row = rows[0];
  if (!row) return null;
  if (!row.id) return toReply(cycle, entityCode, null);
  for (const attachment of row.attachments) withDates(attachment);
  for (const version of row.versions) {
    withDates(version);
    withDates(version.attachment);
  }
  return toReply(cycle, entityCode, row);
}

async function queue(cycle: TCycle) {
  const { rows } = await pool.query<QueueEntry>(QUEUE_SQL, [cycle.id, null]);
  return rows
    .sort((a, b) => collator.compare(a.nameEn, b.nameEn))
    .map((row) => toSummary(cycle, row, row.id ? (row as QueueRow) : undefined));
}

async function reportJson(cycle: TCycle) {
  const { rows: versions } = await pool.query<{ version: string | null }>(REPORT_DATA_VERSION_SQL, [cycle.id]);
  const key = `${cycle.id}|${versions[0].version}`;
  const cached = reports.get(key);
  if (cached) return cached;
  const { rows } = await pool.query<CompilationRow>(COMPILATION_SQL, [cycle.id]);
  const replies: CompilationReply[] = rows.map((row) => ({
    ...row,
    receivedOn: toIsoDate(row.receivedOn),
    texts: row.texts ?? {},
  }));
  const document = buildReport({
    cycle: { ...cycle, office: cycle.office!, previousReportYear: null },
    language: 'en',
    addendum: 0,
    replies,
    fullTextUrl: (code) => `${publicUrl}/reports/${cycle.slug}/replies/${code}`,
  });
  const bytes = await render(document, 'JSON');
  const checksum = createHash('sha256').update(bytes).digest('hex');
  await pool.query(STORED_SQL, [cycle.id, 'en', checksum, bytes, `floor-${versions[0].version}`]);
  reports.set(key, bytes);
  return bytes;
}

async function handle(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://floor');
  const viewer = await viewerOf(request);
  if (!viewer) return send(response, 401, '{"code":"UNAUTHENTICATED"}');
  const parts = url.pathname.split('/').filter(Boolean); // api, cycles, :cycle, …
  if (parts[0] !== 'api' || parts[1] !== 'cycles') return send(response, 404, '{"code":"NOT_FOUND"}');
  if (parts.length === 2) {
    const { rows } = await pool.query<CycleRow>(CYCLES_SQL, [secretariat(viewer) ? null : viewer.entityCode]);
    return send(response, 200, JSON.stringify(rows.map((row) => cycleFrom(row))));
  }
  const cycle = await cycleOf(parts[2], viewer);
  if (!cycle) return send(response, 404, '{"code":"NOT_FOUND"}');
  if (parts[3] === 'replies' && parts.length === 4) return send(response, 200, JSON.stringify(await queue(cycle)));
  if (parts[3] === 'replies' && parts.length === 5) {
    const entityCode = parts[4].toUpperCase();
    if (!secretariat(viewer) && viewer.entityCode !== entityCode) return send(response, 403, '{"code":"FORBIDDEN"}');
    const found = await reply(cycle, entityCode);
    return found ? send(response, 200, JSON.stringify(found)) : send(response, 404, '{"code":"NOT_FOUND"}');
  }
  if (parts[3] === 'report' && secretariat(viewer)) return send(response, 200, await reportJson(cycle));
  return send(response, 404, '{"code":"NOT_FOUND"}');
}

createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    send(response, 500, '{"code":"INTERNAL"}');
  });
}).listen(Number(portText), '127.0.0.1', () => console.log(`listening ${portText}`));
