import { CSRF_HEADER, SESSION_COOKIE, type TReply } from '@replies/shared';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import { createPrismaClient, type PrismaService } from '../../apps/api/src/database/prisma.service';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { buildApi, PortalProcess } from '../setup/portal-process';
import { startSmtpServer, type TestSmtpServer } from '../setup/smtp';
import { cloneTemplateDatabase } from '../setup/test-database';

/**
 * Two portal processes, each started as `npm start` starts the built portal (`node apps/api/dist/main.js`)
 * on the same PostgreSQL (DATABASE_URL), as several machines behind a load balancer would be. Nothing
 * one process needs may live only in the other's memory: sessions, the optimistic lock of drafts, the
 * row lock of decisions, throttling and the mail queue are all in the database.
 */
jest.setTimeout(240_000);

let databaseUrl: string;
let prisma: PrismaService;
let smtp: TestSmtpServer;
const portals: PortalProcess[] = [];
const bases: string[] = [];

beforeAll(async () => {
  buildApi();
  databaseUrl = await cloneTemplateDatabase();
  prisma = createPrismaClient(databaseUrl) as PrismaService;
  smtp = await startSmtpServer();
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    bases.push(`http://127.0.0.1:${port}`);
    portals.push(
      new PortalProcess({
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        PORTAL_WORKERS: '1',
        WORKER_THREADS: '1',
        LOG_LEVEL: 'warn',
        SMTP_URL: smtp.url,
        MAIL_RETRY_DELAY_SECONDS: '1',
      }).start(),
    );
  }
  // Both start at once on the same database, as a rolling deployment may start them.
  await Promise.all(portals.map((portal) => portal.waitFor(/is running at/)));
});

afterAll(async () => {
  for (const portal of portals) if (portal.running) await portal.kill('SIGINT');
  await prisma?.$disconnect();
  await smtp?.close();
});

interface Session {
  cookie: string;
  csrfToken: string;
}

async function signIn(base: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`))!;
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

/** A request to one process with a session that may have been opened on the other. */
async function call(base: string, session: Session, method: string, path: string, body?: object) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      [CSRF_HEADER]: session.csrfToken,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
}

async function newCycle(session: Session): Promise<string> {
  const created = await call(bases[0], session, 'POST', '/api/cycles', cycleBody({ cutoffOn: '2099-01-01' }));
  expect(created.status).toBe(201);
  return created.body.slug as string;
}

const draft = (body: string, version: number) => ({ originalLanguage: 'en', texts: { en: { body } }, version });

it('serves a session opened on one process from the other', async () => {
  const editor = await createUser(prisma, { role: 'EDITOR' });
  const session = await signIn(bases[0], editor.email, editor.password);
  const me = await call(bases[1], session, 'GET', '/api/auth/me');
  expect(me.status).toBe(200);
  expect(JSON.stringify(me.body)).toContain(editor.email);
  // Signed out on the second process: the first refuses the session too.
  expect((await call(bases[1], session, 'POST', '/api/auth/logout')).status).toBeLessThan(300);
  expect((await call(bases[0], session, 'GET', '/api/auth/me')).status).toBe(401);
});

it('loses no update when the same draft is saved through both processes at once', async () => {
  const editor = await createUser(prisma, { role: 'EDITOR' });
  const sessions = [
    await signIn(bases[0], editor.email, editor.password),
    await signIn(bases[1], editor.email, editor.password),
  ];
  const slug = await newCycle(sessions[0]);
  const url = `/api/cycles/${slug}/replies/NOR`;
  expect((await call(bases[0], sessions[0], 'PUT', url, draft('The first draft.', 0))).status).toBe(200);
  for (let round = 1; round <= 5; round++) {
    const texts = [`Saved through the first process, round ${round}.`, `Saved through the second, round ${round}.`];
    const answers = await Promise.all(
      [0, 1].map((i) => call(bases[i], sessions[i], 'PUT', url, draft(texts[i], round))),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 409]);
    const winner = answers.findIndex((answer) => answer.status === 200);
    const loser = answers[1 - winner];
    expect(loser.body.code).toBe('STALE_VERSION');
    // The loser is handed the winner's draft; both processes now read the winner's text.
    for (const i of [0, 1]) {
      const stored = (await call(bases[i], sessions[i], 'GET', url)).body as unknown as TReply;
      expect(stored.version).toBe(round + 1);
      expect(stored.texts.en?.body).toBe(texts[winner]);
    }
  }
});

it('accepts a reply once when two editors accept it through both processes at once', async () => {
  const editors = [await createUser(prisma, { role: 'EDITOR' }), await createUser(prisma, { role: 'EDITOR' })];
  const sessions = await Promise.all(editors.map((editor, i) => signIn(bases[i], editor.email, editor.password)));
  const slug = await newCycle(sessions[0]);
  const url = `/api/cycles/${slug}/replies/SWE`;
  const saved = await call(bases[0], sessions[0], 'PUT', url, {
    ...draft('The Government of Sweden reports its measures.', 0),
    receivedOn: '2010-05-01',
  });
  expect(saved.status).toBe(200);
  expect((await call(bases[0], sessions[0], 'POST', `${url}/submit`)).status).toBe(200);
  const decisions = ['FULL', 'WEB_ONLY'];
  const answers = await Promise.all(
    [0, 1].map((i) =>
      call(bases[i], sessions[i], 'POST', `${url}/accept`, { decision: decisions[i], reason: `Editor ${i + 1}` }),
    ),
  );
  expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  const winner = answers.findIndex((answer) => answer.status === 200);
  const reply = await prisma.reply.findFirstOrThrow({
    where: { entityCode: 'SWE', cycle: { symbol: slug.replace(/-/g, '/') } },
    include: { decisions: true },
  });
  expect(reply.status).toBe('ACCEPTED');
  expect(reply.decisions).toHaveLength(1);
  expect(reply.decision).toBe(decisions[winner]);
});

it('counts failed sign-ins made through both processes against one limit', async () => {
  const user = await createUser(prisma, { role: 'EDITOR' });
  const attempt = (i: number, password: string) =>
    fetch(`${bases[i]}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: user.email, password }),
    }).then((response) => response.status);
  // Five wrong passwords, three through one process and two through the other: the limit of five is
  // reached although neither process saw more than three.
  for (let i = 0; i < 5; i++) expect(await attempt(i % 2, 'not-the-password')).toBe(401);
  expect(await attempt(0, user.password)).toBe(429);
  expect(await attempt(1, user.password)).toBe(429);
});

it('sends each mail once when invitations go through both processes, both sending', async () => {
  const first = ['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DEU', 'GRC'];
  const second = ['POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'CHE', 'GBR'];
  for (const code of [...first, ...second]) await createUser(prisma, { role: 'FOCAL_POINT', entityCode: code });
  const editors = [await createUser(prisma, { role: 'EDITOR' }), await createUser(prisma, { role: 'EDITOR' })];
  const sessions = await Promise.all(editors.map((editor, i) => signIn(bases[i], editor.email, editor.password)));
  const slug = await newCycle(sessions[0]);
  smtp.received.length = 0;
  const invited = await Promise.all(
    [first, second].map((entityCodes, i) =>
      call(bases[i], sessions[i], 'POST', `/api/cycles/${slug}/invitations`, { entityCodes, sentOn: '2010-02-19' }),
    ),
  );
  if (invited.some((answer) => answer.status !== 201))
    throw new Error(`${JSON.stringify(invited)}\n${portals.map((portal) => portal.output.slice(-4000)).join('\n')}`);
  const total = first.length + second.length;
  await smtp.waitFor(total, 60_000);
  const sent = () => prisma.mailOutbox.count({ where: { kind: 'INVITATION', status: 'SENT' } });
  for (const deadline = Date.now() + 30_000; (await sent()) < total && Date.now() < deadline;)
    await new Promise((resolve) => setTimeout(resolve, 200));
  await new Promise((resolve) => setTimeout(resolve, 2000)); // time for a duplicate, if there were one
  const ids = smtp.received.map((mail) => mail.parsed.headers.get('x-replies-mail-id'));
  expect(ids).toHaveLength(total);
  expect(new Set(ids).size).toBe(total);
});
