import type { TCycle, TReply, TReplySummary, TSaveReply, TSubmittedReply } from '@replies/shared';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
let finland: SignedIn;
let mexico: SignedIn;

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

/** A cycle of its own (replies of 50 words, summaries of 20) to which four States are invited; its replies' address. */
async function newCycle() {
  const cycle = (
    await editor
      .post('/api/cycles', cycleBody({ replyWordLimit: 50, summaryWordLimit: 20, cutoffOn: '2099-06-23' }))
      .expect(201)
  ).body as TCycle;
  await editor
    .post(`/api/cycles/${cycle.slug}/invitations`, {
      entityCodes: ['FIN', 'MEX', 'AUS', 'CHN'],
      channel: 'NOTE_VERBALE',
      sentOn: '2010-02-19',
    })
    .expect(201);
  return { cycle, url: `/api/cycles/${cycle.slug}/replies` };
}

const long = 'Australia reports on its national measures in detail. '.repeat(10); // 80 words

const draft = (body: string, extra: Partial<TSaveReply> = {}): TSaveReply => ({
  originalLanguage: 'en',
  texts: { en: { body } },
  version: 0,
  ...extra,
});

describe("a focal point's draft", () => {
  it('starts empty, saves, and answers with the new version and the length check', async () => {
    const { url } = await newCycle();
    const empty = (await finland.get(`${url}/FIN`).expect(200)).body as TReply;
    expect(empty).toMatchObject({ status: 'NOT_STARTED', version: 0, texts: {} });

    const saved = (await finland.put(`${url}/FIN`, draft('Finland supports the measures.')).expect(200)).body as TReply;
    expect(saved).toMatchObject({
      status: 'DRAFT',
      version: 1,
      originalLanguage: 'en',
      texts: { en: { body: 'Finland supports the measures.', summary: null } },
      enteredBySecretariat: false,
    });
    expect(saved.lengthCheck).toMatchObject({
      body: { words: 4 },
      overLimit: false,
      proposedDecision: 'FULL',
      blockingRule: null,
    });

    const again = (
      await finland.put(`${url}/FIN`, draft('Finland fully supports the measures.', { version: 1 })).expect(200)
    ).body as TReply;
    expect(again.version).toBe(2);
  });

  it('keeps the newer draft when a stale version arrives, and hands it back with the 409', async () => {
    const { url } = await newCycle();
    const current = (await finland.get(`${url}/FIN`).expect(200)).body as TReply;
    await finland.put(`${url}/FIN`, draft('Saved from the office computer.', { version: current.version })).expect(200);
    const conflict = await finland
      .put(`${url}/FIN`, draft('Typed on the laptop, older.', { version: current.version }))
      .expect(409);
    expect(conflict.body.code).toBe('STALE_VERSION');
    expect(conflict.body.current).toMatchObject({
      version: current.version + 1,
      texts: { en: { body: 'Saved from the office computer.' } },
    });
    const stored = (await finland.get(`${url}/FIN`).expect(200)).body as TReply;
    expect(stored.texts.en?.body).toBe('Saved from the office computer.');
  });

  it('stores text with HTML or script as text, unchanged', async () => {
    const { cycle, url } = await newCycle();
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> DROP TABLE "Reply"; --';
    const current = (await mexico.get(`${url}/MEX`).expect(200)).body as TReply;
    const saved = (
      await mexico
        .put(`${url}/MEX`, { originalLanguage: 'es', texts: { es: { body: hostile } }, version: current.version })
        .expect(200)
    ).body as TReply;
    expect(saved.texts.es?.body).toBe(hostile);
    const stored = await t.prisma.replyText.findFirstOrThrow({
      where: { language: 'es', reply: { entityCode: 'MEX', cycleId: cycle.id } },
    });
    expect(stored.body).toBe(hostile);
  });

  it('refuses an unknown language and a receipt date set by a focal point, leaving the draft as it was', async () => {
    const { url } = await newCycle();
    await finland.put(`${url}/FIN`, draft('Finland supports the measures.')).expect(200);
    const before = (await finland.get(`${url}/FIN`).expect(200)).body as TReply;
    const language = await finland
      .put(`${url}/FIN`, { originalLanguage: 'de', texts: { de: { body: 'Hallo' } }, version: before.version })
      .expect(400);
    expect(language.body.errors.map((e: { path: string }) => e.path)).toContain('originalLanguage');
    const received = await finland
      .put(`${url}/FIN`, draft('x', { version: before.version, receivedOn: '2010-06-01' }))
      .expect(400);
    expect(received.body.errors[0].path).toBe('receivedOn');
    expect((await finland.get(`${url}/FIN`).expect(200)).body).toEqual(before);
  });
});

describe('submitting', () => {
  it('refuses a reply over the limit without a summary or web-only choice, naming the rule (422)', async () => {
    const { cycle, url } = await newCycle();
    const australia = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'AUS' });
    const client = await signIn(t.http, australia.email, australia.password);
    await client.put(`${url}/AUS`, draft(long)).expect(200);
    const refused = await client.post(`${url}/AUS/submit`).expect(422);
    expect(refused.body).toEqual({
      code: 'SUMMARY_OR_WEB_ONLY',
      message: expect.stringContaining('executive summary'),
    });
    expect((await client.get(`${url}/AUS`).expect(200)).body.status).toBe('DRAFT');

    const tooLongSummary = 'An executive summary that is itself far too long for the limit set. '.repeat(3);
    await client
      .put(`${url}/AUS`, { originalLanguage: 'en', texts: { en: { body: long, summary: tooLongSummary } }, version: 1 })
      .expect(200);
    expect((await client.post(`${url}/AUS/submit`).expect(422)).body.code).toBe('SUMMARY_TOO_LONG');

    await client
      .put(`${url}/AUS`, {
        originalLanguage: 'en',
        texts: { en: { body: long, summary: 'Australia strengthens export controls.' } },
        version: 2,
      })
      .expect(200);
    const submitted = (await client.post(`${url}/AUS/submit`).expect(200)).body as TSubmittedReply;
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      lengthCheck: { overLimit: true, proposedDecision: 'SUMMARY' },
    });
    expect(submitted.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(submitted.receipt).toEqual({
      reference: `${cycle.symbol}-AUS-1`,
      receivedOn: submitted.receivedOn,
      submittedAt: expect.any(String),
    });

    const versions = await t.prisma.replyVersion.findMany({ where: { replyId: submitted.id! } });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      number: 1,
      kind: 'SUBMISSION',
      snapshot: expect.objectContaining({
        proposedDecision: 'SUMMARY',
        texts: { en: { body: long, summary: 'Australia strengthens export controls.' } },
      }),
    });
  });

  it('accepts a long reply the sender chose to publish on the web only', async () => {
    const { url } = await newCycle();
    const current = (await finland.get(`${url}/FIN`).expect(200)).body as TReply;
    await finland.put(`${url}/FIN`, draft(long, { version: current.version, webOnly: true })).expect(200);
    const submitted = (await finland.post(`${url}/FIN/submit`).expect(200)).body as TReply;
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      webOnly: true,
      lengthCheck: { proposedDecision: 'WEB_ONLY' },
    });
  });

  it('counts a Chinese reply by characters, so a long one needs a summary too', async () => {
    const { url } = await newCycle();
    const china = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'CHN' });
    const client = await signIn(t.http, china.email, china.password);
    const chinese = '中国政府一贯主张全面禁止和彻底销毁大规模毁灭性武器。'.repeat(5); // 125 characters ≈ 83 words
    const saved = (
      await client
        .put(`${url}/CHN`, { originalLanguage: 'zh', texts: { zh: { body: chinese } }, version: 0 })
        .expect(200)
    ).body as TReply;
    expect(saved.lengthCheck).toMatchObject({ body: { characters: 125, words: 83 }, overLimit: true });
    expect((await client.post(`${url}/CHN/submit`).expect(422)).body.code).toBe('SUMMARY_OR_WEB_ONLY');
  });

  it('locks a submitted reply for the focal point', async () => {
    const { url } = await newCycle();
    await finland.put(`${url}/FIN`, draft('Finland supports the measures.')).expect(200);
    await finland.post(`${url}/FIN/submit`).expect(200);
    const current = (await finland.get(`${url}/FIN`).expect(200)).body as TReply;
    const refused = await finland.put(`${url}/FIN`, draft('A late change.', { version: current.version })).expect(409);
    expect(refused.body.code).toBe('NOT_EDITABLE');
    expect((await finland.post(`${url}/FIN/submit`).expect(409)).body.code).toBe('NOT_EDITABLE');
  });
});

describe('replies entered by the Secretariat', () => {
  it('records a reply received by e-mail with its receipt date and marks it as entered by the Secretariat', async () => {
    const { url } = await newCycle();
    await editor
      .put(`${url}/MAR`, {
        originalLanguage: 'fr',
        receivedOn: '2010-06-24',
        texts: { fr: { body: 'Le Maroc a pris des mesures.' } },
        version: 0,
      })
      .expect(200);
    const submitted = (await editor.post(`${url}/MAR/submit`).expect(200)).body as TReply;
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      receivedOn: '2010-06-24',
      enteredBySecretariat: true,
      originalLanguage: 'fr',
    });
    const version = await t.prisma.replyVersion.findFirstOrThrow({ where: { replyId: submitted.id! } });
    expect(version.kind).toBe('SECRETARIAT_ENTRY');
  });
});

describe('who sees what', () => {
  it('gives editors every invited or replying entity, and a focal point only their own', async () => {
    const { url } = await newCycle();
    await editor
      .put(`${url}/AUS`, draft(long, { receivedOn: '2010-06-01', texts: { en: { body: long, summary: 'Short.' } } }))
      .expect(200);
    await editor.post(`${url}/AUS/submit`).expect(200);
    await editor
      .put(`${url}/MAR`, {
        originalLanguage: 'fr',
        receivedOn: '2010-06-24',
        texts: { fr: { body: 'Le Maroc a pris des mesures.' } },
        version: 0,
      })
      .expect(200);
    const all = (await editor.get(url).expect(200)).body as TReplySummary[];
    expect(all.map((r) => r.entityCode)).toEqual(['AUS', 'CHN', 'FIN', 'MEX', 'MAR']);
    expect(all.find((r) => r.entityCode === 'AUS')).toMatchObject({
      status: 'SUBMITTED',
      overLimit: true,
      words: 80,
      originalLanguage: 'en',
    });
    const own = (await finland.get(url).expect(200)).body as TReplySummary[];
    expect(own.map((r) => r.entityCode)).toEqual(['FIN']);
  });

  it("never shows a focal point another entity's reply", async () => {
    const { url } = await newCycle();
    await finland.put(`${url}/FIN`, draft(long)).expect(200);
    const response = await mexico.get(`${url}/FIN`).expect(403);
    expect(JSON.stringify(response.body)).not.toContain('Australia reports');
    await mexico.put(`${url}/FIN`, draft('Hijack', { version: 5 })).expect(403);
    await mexico.post(`${url}/FIN/submit`).expect(403);
    await mexico.get(`${url}/FIN/original`).expect(403);
  });

  it('answers 404 for an unknown entity', async () => {
    const { url } = await newCycle();
    await editor.get(`${url}/ZZZ`).expect(404);
  });
});
