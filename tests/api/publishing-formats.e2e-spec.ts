import request from 'supertest';
import { LANGUAGES, type TCompiledReport } from '@replies/shared';
import { PublicationJobs } from '../../apps/api/src/modules/publishing/publication-jobs';
import { enterA6599 } from '../factories/a-65-99';
import { createUser } from '../factories/users';
import { binaryBody, signIn, startAppOn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;

const FILES = ['docx', 'html', 'md'] as const;

beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
}, 60_000);
afterAll(() => t.close());

const download = (http: TestApp['http'], path: string) =>
  request(http).get(path).buffer(true).parse(binaryBody).expect(200);

/** The report as the editor compiles it before publishing: what the publication must freeze. */
async function compiledBeforePublishing(slug: string) {
  const expected = new Map<string, Buffer>();
  for (const language of LANGUAGES) {
    for (const file of FILES) {
      const response = await editor
        .get(`/api/cycles/${slug}/report?lang=${language}&format=${file}`)
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      expected.set(`${language}.${file}`, response.body as Buffer);
    }
  }
  return expected;
}

/** Changes, after publishing, what the report reads: a published report must not follow them. */
async function changeAfterPublishing(slug: string) {
  await editor.patch(`/api/cycles/${slug}`, { agenda: { kind: 'ADOPTED', item: '105' } }).expect(200);
  await editor
    .put(`/api/cycles/${slug}/replies/FIN/translations/zh`, {
      body: '芬兰坚决致力于防止恐怖分子获取大规模毁灭性武器。',
      version: 1,
    })
    .expect(200);
}

describe('a published report in every language and format', () => {
  it('is served right after publishing, as compiled at publication, whatever changed since', async () => {
    const slug = await enterA6599(editor, ['AUS', 'FIN', 'IAEA'], 'A/65/80');
    const expected = await compiledBeforePublishing(slug);
    await editor.post(`/api/cycles/${slug}/publish`, { languages: [...LANGUAGES] }).expect(201);
    await changeAfterPublishing(slug);
    for (const [file, bytes] of expected) {
      const response = await download(t.http, `/reports/${slug}/download/${file}`);
      expect({ file, same: Buffer.compare(response.body as Buffer, bytes) === 0 }).toEqual({ file, same: true });
    }
    // Asked for again, the same bytes with the same ETag.
    const first = await download(t.http, `/reports/${slug}/download/zh.docx`);
    const again = await download(t.http, `/reports/${slug}/download/zh.docx`);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(Buffer.compare(again.body as Buffer, expected.get('zh.docx')!)).toBe(0);
    // The public page of the report shows it as published, not as it reads now.
    const page = await request(t.http).get(`/reports/${slug}?lang=zh`).expect(200);
    expect(page.text).not.toContain('芬兰坚决致力于');
  });

  it('is still served when first asked for after the portal restarted', async () => {
    const slug = await enterA6599(editor, ['AUS', 'FIN'], 'A/65/81');
    const expected = await compiledBeforePublishing(slug);
    await editor.post(`/api/cycles/${slug}/publish`, { languages: ['en', 'zh', 'ar'] }).expect(201);
    await changeAfterPublishing(slug);
    // Another process, started after publishing, that never saw the publication in memory.
    const restarted = await startAppOn(t.databaseUrl);
    try {
      for (const file of ['ar.docx', 'zh.html', 'en.md']) {
        const response = await download(restarted.http, `/reports/${slug}/download/${file}`);
        expect(Buffer.compare(response.body as Buffer, expected.get(file)!)).toBe(0);
      }
      // A language not published is not offered.
      await request(restarted.http).get(`/reports/${slug}/download/fr.docx`).expect(404);
    } finally {
      await restarted.close();
    }
  });

  it('is rendered ahead of its readers by the job queued with the publication', async () => {
    const slug = await enterA6599(editor, ['FIN', 'MAR'], 'A/65/82');
    const expected = await compiledBeforePublishing(slug);
    await editor.post(`/api/cycles/${slug}/publish`, { languages: ['en', 'fr'] }).expect(201);
    await changeAfterPublishing(slug);
    const jobs = t.app.get(PublicationJobs);
    await jobs.start({ pollingIntervalSeconds: 0.5 });
    let published: TCompiledReport[] = [];
    const pageStored = () =>
      t.prisma.publicDocument.count({ where: { key: { endsWith: `/reports/${slug}?lang=fr` } } });
    try {
      const deadline = Date.now() + 60_000;
      while ((published.length < 8 || !(await pageStored())) && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 250));
        const versions = (await editor.get(`/api/cycles/${slug}/reports`).expect(200)).body as TCompiledReport[];
        published = versions.filter((v) => v.publishedAt);
      }
    } finally {
      await jobs.stop();
    }
    // The editor's list of versions shows the publication in each language and format, as published.
    expect(published.map((v) => `${v.language}.${v.format}`).sort()).toEqual(
      ['en', 'fr'].flatMap((l) => ['DOCX', 'HTML', 'JSON', 'MD'].map((f) => `${l}.${f}`)).sort(),
    );
    const docx = published.find((v) => v.language === 'fr' && v.format === 'DOCX')!;
    const stored = await editor
      .get(`/api/cycles/${slug}/reports/${docx.id}`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(Buffer.compare(stored.body as Buffer, expected.get('fr.docx')!)).toBe(0);
    // Its pages were rendered too: the report's page is stored before any reader asked for it.
    expect(await pageStored()).toBe(1);
  });
});
