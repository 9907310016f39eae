import type { TFocalPointRequest, TReply } from '@replies/shared';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
let finland: SignedIn;
let mexico: SignedIn;

const later = { noteVerbaleOn: '2026-01-10', orgLettersOn: ['2026-01-10'], replyWordLimit: 100, summaryWordLimit: 50 };

async function cycleInviting(symbol: string, cutoffOn: string, codes: string[]) {
  await editor.post('/api/cycles', cycleBody({ ...later, symbol, cutoffOn })).expect(201);
  await editor
    .post(`/api/cycles/${symbol.replace(/\//g, '-')}/invitations`, {
      entityCodes: codes,
      channel: 'NOTE_VERBALE',
      sentOn: '2026-01-10',
    })
    .expect(201);
}

async function submit(client: SignedIn, slug: string, entity: string) {
  const url = `/api/cycles/${slug}/replies/${entity}`;
  const draft = (await client.get(url).expect(200)).body as TReply;
  await client
    .put(url, { originalLanguage: 'en', texts: { en: { body: 'Our measures.' } }, version: draft.version })
    .expect(200);
  await client.post(`${url}/submit`).expect(200);
}

beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  const f = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
  finland = await signIn(t.http, f.email, f.password);
  const m = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'MEX' });
  mexico = await signIn(t.http, m.email, m.password);
});
afterAll(() => t.close());

describe("the focal point's requests", () => {
  it('lists each request with its deadline, where the reply stands and the next step, what needs doing first', async () => {
    await cycleInviting('A/90/1', '2099-09-30', ['FIN']);
    await cycleInviting('A/90/2', '2099-03-31', ['FIN', 'MEX']);
    await cycleInviting('A/90/3', '2099-06-30', ['FIN']);
    await cycleInviting('A/90/4', '2099-12-31', ['MEX']);
    // A/90/2: submitted then returned with a comment; A/90/3: submitted and waiting.
    await submit(finland, 'A-90-2', 'FIN');
    await editor
      .post('/api/cycles/A-90-2/replies/FIN/return', { comment: 'Please add the date of the law.' })
      .expect(200);
    await submit(finland, 'A-90-3', 'FIN');

    const requests = (await finland.get('/api/requests').expect(200)).body as TFocalPointRequest[];
    expect(
      requests.map((r) => [r.cycle.symbol, r.cycle.status, r.reply.status, r.nextStep, r.reply.returnComment]),
    ).toEqual([
      ['A/90/2', 'OPEN', 'RETURNED', 'REVISE', 'Please add the date of the law.'],
      ['A/90/1', 'OPEN', 'NOT_STARTED', 'START', null],
      ['A/90/3', 'OPEN', 'SUBMITTED', 'AWAIT_REVIEW', null],
    ]);
    expect(requests[0].daysLeft).toBeGreaterThan(0);
    expect(requests[2].reply.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(requests.every((r) => r.publicPath === null)).toBe(true);

    // Another entity sees only its own requests, and never Finland's comment.
    const other = (await mexico.get('/api/requests').expect(200)).body as TFocalPointRequest[];
    expect(other.map((r) => [r.cycle.symbol, r.nextStep])).toEqual([
      ['A/90/2', 'START'],
      ['A/90/4', 'START'],
    ]);
  });

  it('is for focal points only', async () => {
    await editor.get('/api/requests').expect(403);
  });
});
