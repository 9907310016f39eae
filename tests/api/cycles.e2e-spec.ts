import type { TCycle } from '@replies/shared';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
let focal: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  const f = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
  focal = await signIn(t.http, f.email, f.password);
});
afterAll(() => t.close());

describe('creating and reading cycles', () => {
  it('opens a cycle and finds it by id and by the symbol written with dashes', async () => {
    const created = await editor.post('/api/cycles', cycleBody({ symbol: 'A/65/99' })).expect(201);
    const cycle = created.body as TCycle;
    expect(cycle).toMatchObject({
      id: expect.any(String),
      symbol: 'A/65/99',
      slug: 'A-65-99',
      resolution: '64/38',
      session: 65,
      title: {
        en: 'Measures to prevent terrorists from acquiring weapons of mass destruction',
        zh: '防止恐怖分子获取大规模毁灭性武器的措施',
      },
      noteVerbaleOn: '2010-02-19',
      orgLettersOn: ['2010-02-17', '2010-02-18'],
      cutoffOn: '2010-06-23',
      replyWordLimit: 1500,
      summaryWordLimit: 500,
      newInformationOnly: true,
      previousCycle: null,
      status: 'DRAFT',
    });
    expect((await editor.get('/api/cycles/A-65-99').expect(200)).body.id).toBe(cycle.id);
    expect((await editor.get(`/api/cycles/${cycle.id}`).expect(200)).body.symbol).toBe('A/65/99');
    const list = (await editor.get('/api/cycles').expect(200)).body as TCycle[];
    expect(list.map((c) => c.symbol)).toContain('A/65/99');
  });

  it('answers 409 for a symbol that already has a cycle', async () => {
    await editor.post('/api/cycles', cycleBody({ symbol: 'A/66/1' })).expect(201);
    const response = await editor.post('/api/cycles', cycleBody({ symbol: 'A/66/1' })).expect(409);
    expect(response.body.code).toBe('SYMBOL_TAKEN');
  });

  it('refuses dates out of order, negative limits and unknown languages, naming each field', async () => {
    const response = await editor
      .post('/api/cycles', {
        ...cycleBody(),
        cutoffOn: '2010-01-01',
        replyWordLimit: -5,
        summaryWordLimit: 0,
        title: { en: 'Title', xx: 'unknown' },
      })
      .expect(400);
    const paths = response.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['replyWordLimit', 'summaryWordLimit']));
    const dates = await editor.post('/api/cycles', { ...cycleBody(), cutoffOn: '2010-01-01' }).expect(400);
    expect(dates.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'cutoffOn', message: 'The cut-off date cannot come before the note verbale.' },
        { path: 'orgLettersOn.0', message: expect.any(String) },
      ]),
    );
    const language = await editor.post('/api/cycles', { ...cycleBody(), mandate: { xx: 'text' } }).expect(400);
    expect(language.body.errors[0].path).toBe('mandate');
  });

  it('edits a cycle, keeps its rules on the result, and links the previous cycle', async () => {
    const previous = (await editor.post('/api/cycles', cycleBody({ symbol: 'A/64/142' })).expect(201)).body as TCycle;
    const cycle = (await editor.post('/api/cycles', cycleBody()).expect(201)).body as TCycle;
    const updated = await editor
      .patch(`/api/cycles/${cycle.slug}`, {
        cutoffOn: '2010-07-01',
        previousCycle: 'A-64-142',
        title: { en: 'New title', fr: 'Nouveau titre' },
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      cutoffOn: '2010-07-01',
      previousCycle: { id: previous.id, symbol: 'A/64/142' },
      title: { en: 'New title', fr: 'Nouveau titre' },
    });
    const refused = await editor.patch(`/api/cycles/${cycle.slug}`, { noteVerbaleOn: '2010-08-01' }).expect(400);
    expect(refused.body.errors[0].path).toBe('cutoffOn');
    expect((await editor.get(`/api/cycles/${cycle.slug}`).expect(200)).body.noteVerbaleOn).toBe('2010-02-19');
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { targetId: cycle.id, action: 'cycle.update' } });
    expect(audit.before).toMatchObject({ cutoffOn: '2010-06-23' });
    expect(audit.after).toMatchObject({ cutoffOn: '2010-07-01' });
  });

  it('answers 404 for a cycle that does not exist', async () => {
    await editor.get('/api/cycles/A-99-999').expect(404);
  });
});

describe('what a focal point sees', () => {
  it('sees only the cycles their entity is invited to, and cannot open or edit others', async () => {
    // Iceland, which no other test invites: its focal point's list holds this test's cycle only.
    const iceland = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'ISL' });
    const focal = await signIn(t.http, iceland.email, iceland.password);
    const invited = (await editor.post('/api/cycles', cycleBody()).expect(201)).body as TCycle;
    const other = (await editor.post('/api/cycles', cycleBody()).expect(201)).body as TCycle;
    await editor
      .post(`/api/cycles/${invited.slug}/invitations`, {
        entityCodes: ['ISL'],
        channel: 'NOTE_VERBALE',
        sentOn: '2010-02-19',
      })
      .expect(201);

    const list = (await focal.get('/api/cycles').expect(200)).body as TCycle[];
    expect(list.map((c) => c.symbol)).toEqual([invited.symbol]);
    await focal.get(`/api/cycles/${invited.slug}`).expect(200);
    await focal.get(`/api/cycles/${other.slug}`).expect(404);
    await focal.post('/api/cycles', cycleBody()).expect(403);
    await focal.patch(`/api/cycles/${invited.slug}`, { cutoffOn: '2010-12-31' }).expect(403);
  });
});

describe('the cycle lifecycle: Draft → Open → Closed → Published', () => {
  const upcoming = { noteVerbaleOn: '2026-02-19', orgLettersOn: ['2026-02-18'], cutoffOn: '2099-06-23' };
  const invite = (slug: string) =>
    editor.post(`/api/cycles/${slug}/invitations`, {
      entityCodes: ['FIN'],
      channel: 'NOTE_VERBALE',
      sentOn: '2026-02-19',
    });

  it('opens with the first invitation, closes and reopens at the editor’s word, and the focal point sees it', async () => {
    const cycle = (await editor.post('/api/cycles', cycleBody(upcoming)).expect(201)).body as TCycle;
    expect(cycle.status).toBe('DRAFT');
    await invite(cycle.slug).expect(201);
    expect((await focal.get(`/api/cycles/${cycle.slug}`).expect(200)).body.status).toBe('OPEN');

    const closed = await editor.post(`/api/cycles/${cycle.slug}/close`).expect(200);
    expect(closed.body.status).toBe('CLOSED');
    expect((await focal.get(`/api/cycles/${cycle.slug}`).expect(200)).body.status).toBe('CLOSED');
    expect((await editor.post(`/api/cycles/${cycle.slug}/close`).expect(409)).body.code).toBe('INVALID_TRANSITION');

    expect((await editor.post(`/api/cycles/${cycle.slug}/reopen`).expect(200)).body.status).toBe('OPEN');
    // A later invitation leaves an open cycle open.
    await editor
      .post(`/api/cycles/${cycle.slug}/invitations`, {
        entityCodes: ['MEX'],
        channel: 'NOTE_VERBALE',
        sentOn: '2026-03-01',
      })
      .expect(201);
    expect((await editor.get(`/api/cycles/${cycle.slug}`).expect(200)).body.status).toBe('OPEN');

    const events = await t.prisma.auditEvent.findMany({
      where: { cycleId: cycle.id, action: { in: ['cycle.close', 'cycle.reopen'] } },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => [e.action, e.after])).toEqual([
      ['cycle.close', { status: 'CLOSED' }],
      ['cycle.reopen', { status: 'OPEN' }],
    ]);
  });

  it('is closed once its cut-off date has passed, and reopens only if the cut-off moves', async () => {
    const cycle = (await editor.post('/api/cycles', cycleBody()).expect(201)).body as TCycle; // cut-off in 2010
    await editor
      .post(`/api/cycles/${cycle.slug}/invitations`, {
        entityCodes: ['FIN'],
        channel: 'NOTE_VERBALE',
        sentOn: '2010-02-19',
      })
      .expect(201);
    expect((await editor.get(`/api/cycles/${cycle.slug}`).expect(200)).body.status).toBe('CLOSED');
    await editor.post(`/api/cycles/${cycle.slug}/close`).expect(409);
    await editor.patch(`/api/cycles/${cycle.slug}`, { cutoffOn: '2099-01-01' }).expect(200);
    expect((await editor.get(`/api/cycles/${cycle.slug}`).expect(200)).body.status).toBe('OPEN');
    await editor.post(`/api/cycles/${cycle.slug}/close`).expect(200);
    await editor.patch(`/api/cycles/${cycle.slug}`, { cutoffOn: '2010-06-23' }).expect(200);
    const refused = await editor.post(`/api/cycles/${cycle.slug}/reopen`).expect(409);
    expect(refused.body.code).toBe('CUTOFF_PASSED');
    expect((await editor.get(`/api/cycles/${cycle.slug}`).expect(200)).body.status).toBe('CLOSED');
  });

  it('cannot close a cycle nobody was invited to, and a focal point cannot close or reopen', async () => {
    const cycle = (await editor.post('/api/cycles', cycleBody(upcoming)).expect(201)).body as TCycle;
    expect((await editor.post(`/api/cycles/${cycle.slug}/close`).expect(409)).body.message).toMatch(
      /Nobody has been invited/,
    );
    await invite(cycle.slug).expect(201);
    await focal.post(`/api/cycles/${cycle.slug}/close`).expect(403);
    await focal.post(`/api/cycles/${cycle.slug}/reopen`).expect(403);
  });
});
