import request from 'supertest';
import type { TReply, TReplyVersionInfo } from '@replies/shared';
import { MINIMAL_PDF, simpleDocx } from '../../apps/api/src/modules/replies/originals/test-originals';
import { appConfig, overrideAppConfig } from '../../apps/api/src/config/config';
import { HeavyWork } from '../../apps/api/src/workers/heavy-work.service';
import { enterA6599 } from '../factories/a-65-99';
import { createUser } from '../factories/users';
import { binaryBody, signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
let finland: SignedIn;
const url = '/api/cycles/A-65-99/replies';

beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  const f = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
  finland = await signIn(t.http, f.email, f.password);
  await enterA6599(editor, ['AUS', 'GEO']);
  await editor
    .post('/api/cycles/A-65-99/invitations', { entityCodes: ['FIN'], channel: 'NOTE_VERBALE', sentOn: '2010-02-19' })
    .expect(201);
}, 120_000);
afterAll(() => t.close());

const upload = (client: SignedIn, bytes: Buffer, name: string) =>
  client.agent
    .post(`${url}/FIN/original`)
    .set('x-csrf-token', client.session.csrfToken)
    .attach('file', bytes, name)
    .expect(201);

const download = (client: SignedIn, path: string) => client.get(path).buffer(true).parse(binaryBody);

/** Entered by the Secretariat, received before the cut-off: the reply belongs to the report itself. */
async function saveAndSubmit(body: string) {
  const current = (await editor.get(`${url}/FIN`).expect(200)).body as TReply;
  await editor
    .put(`${url}/FIN`, {
      originalLanguage: 'en',
      receivedOn: '2010-05-04',
      texts: { en: { body } },
      version: current.version,
    })
    .expect(200);
  await editor.post(`${url}/FIN/submit`).expect(200);
}

describe('the original of each version', () => {
  it('keeps each submission’s own file, serves the one of the version shown, and publishes that one', async () => {
    const first = await simpleDocx('1. Finland reports its first measures.');
    const uploaded = await upload(finland, first, 'Ответ 答复 رد.docx');
    expect(uploaded.body.attachment.fileName).toBe('Ответ 答复 رد.docx');
    await saveAndSubmit('1. Finland reports its first measures.');

    // Returned, revised with a new file: version 2 has its own original.
    await editor.post(`${url}/FIN/return`, { comment: 'Please add the 2010 law.' }).expect(200);
    const afterReturn = (await finland.get(`${url}/FIN`).expect(200)).body as TReply;
    expect(afterReturn.attachment).toBeNull(); // the revision has no file of its own yet
    await upload(finland, MINIMAL_PDF, '../../\u202Egpj.docx');
    await saveAndSubmit('1. Finland reports its first measures and the 2010 law.');

    const versions = (await editor.get(`${url}/FIN/versions`).expect(200)).body as TReplyVersionInfo[];
    expect(versions.map((v) => v.attachment?.fileName)).toEqual(['Ответ 答复 رد.docx', 'gpj.pdf']);
    const v1 = await download(editor, `${url}/FIN/versions/1/original`).expect(200);
    expect(Buffer.compare(v1.body as Buffer, first)).toBe(0);
    expect(v1.headers['content-disposition']).toBe(
      `attachment; filename="????? ?? ??.docx"; filename*=UTF-8''${encodeURIComponent('Ответ 答复 رد.docx')}`,
    );
    const shown = await download(editor, `${url}/FIN/original`).expect(200);
    expect(Buffer.compare(shown.body as Buffer, MINIMAL_PDF)).toBe(0);
    expect(shown.headers['content-disposition']).toContain("filename*=UTF-8''gpj.pdf");

    await editor.post(`${url}/FIN/accept`, { decision: 'FULL' }).expect(200);
    await editor.post('/api/cycles/A-65-99/publish', { languages: ['en'] }).expect(201);
    const published = await request(t.http).get('/reports/A-65-99/replies/FIN/original').buffer(true).parse(binaryBody);
    expect(published.status).toBe(200);
    expect(Buffer.compare(published.body as Buffer, MINIMAL_PDF)).toBe(0);
  });

  it('publishes no file for a version sent without one', async () => {
    await editor.post('/api/cycles/A-65-99/publish', { languages: ['fr'] }).expect(201);
    const georgia = (await editor.get(`${url}/GEO/versions`).expect(200)).body as TReplyVersionInfo[];
    expect(georgia.every((v) => v.attachment === null)).toBe(true);
    await request(t.http).get('/reports/A-65-99/replies/GEO/original').expect(404);
    await editor.get(`${url}/GEO/versions/1/original`).expect(404);
  });
});

describe('compiled versions', () => {
  it('stores an unchanged report once, even when compiled several times at the same moment', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => editor.get('/api/cycles/A-65-99/report?lang=es&format=docx').expect(200)),
    );
    const ids = new Set(answers.map((a) => a.headers['x-report-version']));
    expect(ids.size).toBe(1);
    const stored = (await editor.get('/api/cycles/A-65-99/reports').expect(200)).body as {
      id: string;
      format: string;
      language: string;
    }[];
    expect(stored.filter((r) => r.format === 'DOCX' && r.language === 'es').map((r) => r.id)).toEqual([...ids]);
  });
});

describe('work past its time budget', () => {
  const budget = appConfig().workTimeBudgetMs;
  afterEach(() => overrideAppConfig({ workTimeBudgetMs: budget }));

  it('answers 503 with a clear message and a fresh thread takes the next task', async () => {
    const pool = t.app.get(HeavyWork);
    overrideAppConfig({ workTimeBudgetMs: 1 });
    const late = await editor.get('/api/cycles/A-65-99/report?lang=zh&format=docx').expect(503);
    expect(late.body).toMatchObject({ code: 'WORK_TIMEOUT', message: expect.stringContaining('try again') });
    expect(late.headers['retry-after']).toBe('30');
    await request(t.http).get('/api/health').expect(200);

    overrideAppConfig({ workTimeBudgetMs: budget });
    await editor.get('/api/cycles/A-65-99/report?lang=zh&format=docx').expect(200);
    expect(pool.threads).toBeGreaterThanOrEqual(1);
  });
});
