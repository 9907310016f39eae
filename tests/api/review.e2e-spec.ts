import type { TAuditEvent, TCreateCycle, TCycle, TReply, TReplySummary, TReplyVersionInfo } from '@replies/shared';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
let secondEditor: SignedIn;
let finland: SignedIn;
const long = 'Finland reports on its national measures against proliferation in detail. '.repeat(6); // 66 words

async function focalPointOf(entityCode: string) {
  const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode });
  return signIn(t.http, user.email, user.password);
}

/**
 * A cycle of its own (replies of 50 words, summaries of 20) to which these States and the UN system
 * are invited; returns its slug and the address of its replies.
 */
async function newCycle(overrides: Partial<TCreateCycle> = {}) {
  const cycle = (
    await editor.post('/api/cycles', cycleBody({ replyWordLimit: 50, summaryWordLimit: 20, ...overrides })).expect(201)
  ).body as TCycle;
  await editor
    .post(`/api/cycles/${cycle.slug}/invitations`, {
      entityCodes: ['FIN', 'MEX', 'AUS', 'NOR', 'THA'],
      groups: ['UN_SYSTEM'],
      channel: 'NOTE_VERBALE',
      sentOn: '2010-02-19',
    })
    .expect(201);
  return { cycle, url: `/api/cycles/${cycle.slug}/replies` };
}

async function submitted(client: SignedIn, url: string, entityCode: string, body: string, summary?: string) {
  const current = (await client.get(`${url}/${entityCode}`).expect(200)).body as TReply;
  await client
    .put(`${url}/${entityCode}`, { originalLanguage: 'en', texts: { en: { body, summary } }, version: current.version })
    .expect(200);
  return (await client.post(`${url}/${entityCode}/submit`).expect(200)).body as TReply;
}

/** Mexico's reply in Spanish, submitted by its focal point and accepted in full. */
async function acceptedMexico(url: string) {
  const mexico = await focalPointOf('MEX');
  await mexico
    .put(`${url}/MEX`, { originalLanguage: 'es', texts: { es: { body: 'México apoya las medidas.' } }, version: 0 })
    .expect(200);
  await mexico.post(`${url}/MEX/submit`).expect(200);
  await editor.post(`${url}/MEX/accept`, { decision: 'FULL' }).expect(200);
  return mexico;
}

beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR', name: 'Eve Editor' });
  editor = await signIn(t.http, e.email, e.password);
  const e2 = await createUser(t.prisma, { role: 'EDITOR' });
  secondEditor = await signIn(t.http, e2.email, e2.password);
  finland = await focalPointOf('FIN');
});
afterAll(() => t.close());

describe('returning and resubmitting', () => {
  it('returns a reply with a comment; the sender revises and resubmits a new immutable version; the editor compares them', async () => {
    const { cycle, url } = await newCycle();
    await submitted(finland, url, 'FIN', 'Finland supports the measures.');
    const returned = (
      await editor.post(`${url}/FIN/return`, { comment: 'Please add your export control measures.' }).expect(200)
    ).body as TReply;
    expect(returned).toMatchObject({ status: 'RETURNED', returnComment: 'Please add your export control measures.' });
    const mail = await t.prisma.mailOutbox.findFirstOrThrow({
      where: { kind: 'RETURN', entityCode: 'FIN', cycleId: cycle.id },
    });
    expect(mail.body).toContain('Please add your export control measures.');

    const seen = (await finland.get(`${url}/FIN`).expect(200)).body as TReply;
    expect(seen.returnComment).toBe('Please add your export control measures.');
    await submitted(finland, url, 'FIN', 'Finland fully supports the measures and applies export controls.');

    const versions = (await editor.get(`${url}/FIN/versions`).expect(200)).body as TReplyVersionInfo[];
    expect(versions.map((v) => [v.number, v.kind])).toEqual([
      [1, 'SUBMISSION'],
      [2, 'SUBMISSION'],
    ]);
    const diff = await editor.get(`${url}/FIN/diff?from=1&to=2`).expect(200);
    expect(diff.body.body).toEqual([
      { kind: 'same', text: 'Finland ' },
      { kind: 'added', text: 'fully ' },
      { kind: 'same', text: 'supports the ' },
      { kind: 'removed', text: 'measures.' },
      { kind: 'added', text: 'measures and applies export controls.' },
    ]);
    const first = await editor.get(`${url}/FIN/versions/1`).expect(200);
    expect(first.body.snapshot.texts.en.body).toBe('Finland supports the measures.');
  });

  it('refuses to return a draft or an accepted reply, and to accept a draft', async () => {
    const { url } = await newCycle();
    const mexico = await focalPointOf('MEX');
    await mexico
      .put(`${url}/MEX`, { originalLanguage: 'es', texts: { es: { body: 'México apoya las medidas.' } }, version: 0 })
      .expect(200);
    expect((await editor.post(`${url}/MEX/return`, { comment: 'x' }).expect(409)).body.code).toBe('INVALID_TRANSITION');
    expect((await editor.post(`${url}/MEX/accept`, { decision: 'FULL' }).expect(409)).body.message).toContain('draft');
    await mexico.post(`${url}/MEX/submit`).expect(200);
    await editor.post(`${url}/MEX/accept`, { decision: 'FULL' }).expect(200);
    expect((await editor.post(`${url}/MEX/return`, { comment: 'Too late' }).expect(409)).body.code).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('keeps the date a reply was first received when it is returned and resubmitted', async () => {
    const { cycle, url } = await newCycle();
    const sweden = await focalPointOf('SWE');
    await editor
      .post(`/api/cycles/${cycle.slug}/invitations`, {
        entityCodes: ['SWE'],
        channel: 'NOTE_VERBALE',
        sentOn: '2010-02-19',
      })
      .expect(201);
    await editor
      .put(`${url}/SWE`, {
        originalLanguage: 'en',
        receivedOn: '2010-06-20',
        texts: { en: { body: 'Sweden reports by e-mail.' } },
        version: 0,
      })
      .expect(200);
    await editor.post(`${url}/SWE/submit`).expect(200);
    await editor.post(`${url}/SWE/return`, { comment: 'Please complete.' }).expect(200);
    const resubmitted = await submitted(sweden, url, 'SWE', 'Sweden reports by e-mail, completed.');
    expect(resubmitted.receivedOn).toBe('2010-06-20');
  });

  it("never shows a focal point another entity's versions", async () => {
    const { url } = await newCycle();
    await submitted(finland, url, 'FIN', 'Finland supports the measures.');
    await editor.post(`${url}/FIN/return`, { comment: 'Please complete.' }).expect(200);
    await submitted(finland, url, 'FIN', 'Finland supports the measures, completed.');
    await editor.get(`${url}/FIN/diff?from=1&to=2`).expect(200);
    const mexico = await focalPointOf('MEX');
    await mexico.get(`${url}/FIN/versions`).expect(403);
    await mexico.get(`${url}/FIN/diff?from=1&to=2`).expect(403);
    await mexico.get(`${url}/FIN/versions/1`).expect(403);
  });

  it('lets only editors return and accept', async () => {
    const { url } = await newCycle();
    const thailand = await focalPointOf('THA');
    await submitted(thailand, url, 'THA', 'Thailand reports.');
    await thailand.post(`${url}/THA/accept`, { decision: 'FULL' }).expect(403);
    await thailand.post(`${url}/THA/return`, { comment: 'no' }).expect(403);
    await finland.post(`${url}/THA/accept`, { decision: 'FULL' }).expect(403);
    expect((await editor.get(`${url}/THA`).expect(200)).body.status).toBe('SUBMITTED');
  });
});

describe('accepting with a decision', () => {
  it('takes the proposed decision without a reason, and an override only with one, kept in the record and the trail', async () => {
    const { cycle, url } = await newCycle();
    const australia = await focalPointOf('AUS');
    await submitted(australia, url, 'AUS', long, 'Australia strengthens export controls.');
    const refused = await editor.post(`${url}/AUS/accept`, { decision: 'WEB_ONLY' }).expect(400);
    expect(refused.body.errors[0]).toEqual({
      path: 'reason',
      message: 'The length rule proposes SUMMARY: give the reason for deciding WEB_ONLY.',
    });
    expect((await editor.post(`${url}/AUS/accept`, { decision: 'MAYBE' }).expect(400)).body.errors[0].path).toBe(
      'decision',
    );

    const accepted = (
      await editor
        .post(`${url}/AUS/accept`, { decision: 'WEB_ONLY', reason: 'The summary repeats last year.' })
        .expect(200)
    ).body as TReply;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', decision: 'WEB_ONLY' });
    const decisions = (await editor.get(`${url}/AUS/decisions`).expect(200)).body;
    expect(decisions).toEqual([
      {
        decision: 'WEB_ONLY',
        proposed: 'SUMMARY',
        reason: 'The summary repeats last year.',
        decidedBy: 'Eve Editor',
        decidedAt: expect.any(String),
      },
    ]);
    const trail = (await editor.get(`/api/cycles/${cycle.slug}/audit`).expect(200)).body as TAuditEvent[];
    expect(trail.find((e) => e.action === 'reply.accept' && e.targetId === accepted.id)).toMatchObject({
      actor: expect.stringContaining('Eve Editor'),
      before: { status: 'SUBMITTED' },
      after: { decision: 'WEB_ONLY', proposed: 'SUMMARY', reason: 'The summary repeats last year.' },
    });
  });

  it('refuses SUMMARY for a reply that has no summary', async () => {
    const { url } = await newCycle();
    const norway = await focalPointOf('NOR');
    await submitted(norway, url, 'NOR', 'Norway reports briefly.');
    const response = await editor.post(`${url}/NOR/accept`, { decision: 'SUMMARY', reason: 'Shorter' }).expect(400);
    expect(response.body.errors[0].path).toBe('decision');
  });

  it('lets one of two editors accepting at once win; the other gets 409 with the result', async () => {
    const { cycle, url } = await newCycle();
    const iaea = await focalPointOf('IAEA');
    await submitted(iaea, url, 'IAEA', 'The Agency continues its nuclear security work.');
    const [a, b] = await Promise.all([
      editor.post(`${url}/IAEA/accept`, { decision: 'FULL' }),
      secondEditor.post(`${url}/IAEA/accept`, { decision: 'FULL' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body).toMatchObject({ code: 'ALREADY_ACCEPTED', current: { status: 'ACCEPTED', decision: 'FULL' } });
    expect(await t.prisma.replyDecision.count({ where: { reply: { entityCode: 'IAEA', cycleId: cycle.id } } })).toBe(1);
  });
});

describe('translations', () => {
  it('adds versioned translations of an accepted reply without touching the original', async () => {
    const { url } = await newCycle();
    await acceptedMexico(url);
    await submitted(await focalPointOf('THA'), url, 'THA', 'Thailand reports.');
    const base = `${url}/MEX/translations`;
    const created = (await editor.put(`${base}/en`, { body: 'Mexico supports the measures.', version: 0 }).expect(200))
      .body as TReply;
    expect(created.texts).toMatchObject({
      es: { body: 'México apoya las medidas.' },
      en: { body: 'Mexico supports the measures.' },
    });
    await editor.put(`${base}/en`, { body: 'Mexico fully supports the measures.', version: 1 }).expect(200);
    const stale = await editor.put(`${base}/en`, { body: 'Older edit', version: 1 }).expect(409);
    expect(stale.body.current).toMatchObject({ body: 'Mexico fully supports the measures.', version: 2 });
    expect((await editor.put(`${base}/es`, { body: 'Cambio', version: 1 }).expect(400)).body.errors[0].path).toBe(
      'language',
    );
    await editor.put(`${url}/THA/translations/fr`, { body: 'Non acceptée', version: 0 }).expect(409);

    const versions = (await editor.get(`${url}/MEX/versions`).expect(200)).body as TReplyVersionInfo[];
    expect(versions.map((v) => [v.kind, v.language])).toEqual([
      ['SUBMISSION', 'es'],
      ['TRANSLATION', 'en'],
      ['TRANSLATION', 'en'],
    ]);
    const diff = await editor.get(`${url}/MEX/diff?from=2&to=3&lang=en`).expect(200);
    expect(diff.body.body).toContainEqual({ kind: 'added', text: 'fully ' });
  });
});

describe('the review queue, withdrawals and the audit trail', () => {
  it('filters by status, group, language and length', async () => {
    const { url } = await newCycle();
    await acceptedMexico(url);
    await submitted(await focalPointOf('AUS'), url, 'AUS', long, 'Australia strengthens export controls.');
    await editor.post(`${url}/AUS/accept`, { decision: 'SUMMARY' }).expect(200);
    await submitted(await focalPointOf('IAEA'), url, 'IAEA', 'The Agency continues its nuclear security work.');
    await editor.post(`${url}/IAEA/accept`, { decision: 'FULL' }).expect(200);
    // Submitted and in draft, not accepted: in the queue, not among the accepted.
    await submitted(finland, url, 'FIN', 'Finland supports the measures.');
    await editor
      .put(`${url}/ICAO`, { originalLanguage: 'en', texts: { en: { body: 'ICAO drafts.' } }, version: 0 })
      .expect(200);

    const accepted = (await editor.get(`${url}?status=ACCEPTED`).expect(200)).body as TReplySummary[];
    expect(accepted.map((r) => r.entityCode).sort()).toEqual(['AUS', 'IAEA', 'MEX']);
    expect(
      ((await editor.get(`${url}?group=UN_SYSTEM&status=ACCEPTED`).expect(200)).body as TReplySummary[]).map(
        (r) => r.entityCode,
      ),
    ).toEqual(['IAEA']);
    expect(
      ((await editor.get(`${url}?language=es`).expect(200)).body as TReplySummary[]).map((r) => r.entityCode),
    ).toEqual(['MEX']);
    expect(
      ((await editor.get(`${url}?overLimit=true`).expect(200)).body as TReplySummary[]).map((r) => r.entityCode),
    ).toEqual(['AUS']);
    await editor.get(`${url}?status=LOST`).expect(400);
  });

  it('shows the length counted when each draft was saved, following a change of the limit', async () => {
    const cycle = (await editor.post('/api/cycles', cycleBody({ replyWordLimit: 10, summaryWordLimit: 5 })).expect(201))
      .body as {
      slug: string;
    };
    const queueUrl = `/api/cycles/${cycle.slug}/replies`;
    const twelve = 'one two three four five six seven eight nine ten eleven twelve';
    await editor
      .put(`${queueUrl}/NOR`, { originalLanguage: 'en', texts: { en: { body: twelve } }, version: 0 })
      .expect(200);
    await editor
      .put(`${queueUrl}/CHN`, { originalLanguage: 'zh', texts: { zh: { body: '防止恐怖分子获取武器' } }, version: 0 })
      .expect(200);
    const row = async (code: string) =>
      ((await editor.get(queueUrl).expect(200)).body as TReplySummary[]).find((r) => r.entityCode === code);
    expect(await row('NOR')).toMatchObject({ words: 12, overLimit: true });
    expect(await row('CHN')).toMatchObject({ words: 7, overLimit: false }); // 10 characters ≈ 7 words
    await editor
      .put(`${queueUrl}/NOR`, { originalLanguage: 'en', texts: { en: { body: 'Shorter now.' } }, version: 1 })
      .expect(200);
    expect(await row('NOR')).toMatchObject({ words: 2, overLimit: false });
    await editor
      .put(`${queueUrl}/NOR`, { originalLanguage: 'en', texts: { en: { body: twelve } }, version: 2 })
      .expect(200);
    await editor.patch(`/api/cycles/${cycle.slug}`, { replyWordLimit: 20 }).expect(200);
    expect(await row('NOR')).toMatchObject({ words: 12, overLimit: false });
    // A reply stored before counts were kept (or written by another tool) is counted when the queue meets it.
    await t.prisma.reply.updateMany({
      where: { entityCode: 'NOR', cycle: { symbol: cycle.slug.replace(/-/g, '/') } },
      data: { words: null, overLimit: false },
    });
    await editor.patch(`/api/cycles/${cycle.slug}`, { replyWordLimit: 11 }).expect(200);
    expect(await row('NOR')).toMatchObject({ words: 12, overLimit: true });
  });

  it('withdraws a reply and keeps its history', async () => {
    const { url } = await newCycle();
    await submitted(await focalPointOf('NOR'), url, 'NOR', 'Norway reports briefly.');
    const withdrawn = (await editor.post(`${url}/NOR/withdraw`, { reason: 'Sent by mistake' }).expect(200))
      .body as TReply;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(((await editor.get(`${url}/NOR/versions`).expect(200)).body as unknown[]).length).toBe(1);
  });

  it('marks replies received after the cut-off for the addendum', async () => {
    const { url } = await newCycle();
    await editor
      .put(`${url}/ICAO`, {
        originalLanguage: 'en',
        receivedOn: '2010-07-02',
        texts: { en: { body: 'ICAO reports late.' } },
        version: 0,
      })
      .expect(200);
    await editor.post(`${url}/ICAO/submit`).expect(200);
    await editor
      .put(`${url}/IMO`, {
        originalLanguage: 'en',
        receivedOn: '2010-06-23',
        texts: { en: { body: 'IMO reports on the cut-off day.' } },
        version: 0,
      })
      .expect(200);
    await editor.post(`${url}/IMO/submit`).expect(200);
    const queue = (await editor.get(url).expect(200)).body as TReplySummary[];
    expect(queue.find((r) => r.entityCode === 'ICAO')).toMatchObject({
      addendum: true,
      receivedOn: '2010-07-02',
      enteredBySecretariat: true,
    });
    expect(queue.find((r) => r.entityCode === 'IMO')).toMatchObject({ addendum: false, receivedOn: '2010-06-23' });
  });

  it('records every change of the cycle and its replies, and no route edits it', async () => {
    const { cycle, url } = await newCycle();
    await submitted(finland, url, 'FIN', 'Finland supports the measures.');
    await editor.post(`${url}/FIN/return`, { comment: 'Please complete.' }).expect(200);
    await acceptedMexico(url);
    await editor.put(`${url}/MEX/translations/en`, { body: 'Mexico supports the measures.', version: 0 }).expect(200);
    await submitted(await focalPointOf('NOR'), url, 'NOR', 'Norway reports briefly.');
    await editor.post(`${url}/NOR/withdraw`, { reason: 'Sent by mistake' }).expect(200);

    const trail = (await editor.get(`/api/cycles/${cycle.slug}/audit`).expect(200)).body as TAuditEvent[];
    const actions = new Set(trail.map((e) => e.action));
    for (const action of [
      'cycle.create',
      'cycle.invite',
      'reply.save',
      'reply.submit',
      'reply.return',
      'reply.accept',
      'reply.translate',
      'reply.withdraw',
    ]) {
      expect(actions).toContain(action);
    }
    await editor.agent
      .delete(`/api/cycles/${cycle.slug}/audit`)
      .set('x-csrf-token', editor.session.csrfToken)
      .expect(404);
    await finland.get(`/api/cycles/${cycle.slug}/audit`).expect(403);
  });
});

describe('new information only', () => {
  it("marks the passages that repeat the entity's reply to the previous cycle", async () => {
    const previous = await newCycle();
    const { url } = await newCycle({ previousCycle: previous.cycle.slug, newInformationOnly: true });
    const unodcPrevious =
      'UNODC continued to assist States in ratifying the universal legal instruments against terrorism. In 2009 it trained 1,200 officials.';
    await editor
      .put(`${previous.url}/UNODC`, {
        originalLanguage: 'en',
        receivedOn: '2009-06-01',
        texts: { en: { body: unodcPrevious } },
        version: 0,
      })
      .expect(200);
    await editor.post(`${previous.url}/UNODC/submit`).expect(200);
    await editor
      .put(`${url}/UNODC`, {
        originalLanguage: 'en',
        receivedOn: '2010-06-01',
        texts: {
          en: {
            body: 'UNODC continued to assist States in ratifying the universal legal instruments against terrorism. A new global programme on chemical terrorism started in 2010.',
          },
        },
        version: 0,
      })
      .expect(200);
    const response = await editor.get(`${url}/UNODC/repetitions`).expect(200);
    expect(response.body).toMatchObject({
      applies: true,
      previousCycle: previous.cycle.symbol,
      hasPreviousReply: true,
    });
    expect(response.body.passages.map((p: { sentence: string }) => p.sentence)).toEqual([
      'UNODC continued to assist States in ratifying the universal legal instruments against terrorism.',
    ]);
  });
});
