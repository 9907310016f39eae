import request from 'supertest';
import { enterA6599 } from '../factories/a-65-99';
import { A6599_CYCLE } from '../../apps/api/src/demo/a-65-99';
import { createUser } from '../factories/users';
import { binaryBody, signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
const HOSTILE = 'Hungary reports. <script>alert("x")</script><img src=x onerror="alert(1)"> End.';

/**
 * A/65/99 (or a copy under another symbol) with seven accepted replies, a hostile one accepted as it
 * came, a draft and a submitted, unaccepted reply; returns its slug.
 */
async function enterCycle(symbol: string) {
  const slug = await enterA6599(editor, ['AUS', 'FIN', 'GEO', 'MAR', 'IAEA', 'OPCW', 'LAS'], symbol);
  const url = `/api/cycles/${slug}/replies`;
  // A hostile text, accepted as it came.
  await editor
    .put(`${url}/HUN`, {
      originalLanguage: 'en',
      receivedOn: '2010-06-07',
      texts: { en: { body: HOSTILE } },
      version: 0,
    })
    .expect(200);
  await editor.post(`${url}/HUN/submit`).expect(200);
  await editor.post(`${url}/HUN/accept`, { decision: 'FULL' }).expect(200);
  // A draft and a submitted, unaccepted reply: never public.
  await editor
    .put(`${url}/MEX`, {
      originalLanguage: 'es',
      receivedOn: '2010-05-24',
      texts: { es: { body: 'Borrador secreto.' } },
      version: 0,
    })
    .expect(200);
  await editor
    .put(`${url}/NOR`, {
      originalLanguage: 'en',
      receivedOn: '2010-06-03',
      texts: { en: { body: 'Not accepted yet.' } },
      version: 0,
    })
    .expect(200);
  await editor.post(`${url}/NOR/submit`).expect(200);
  return slug;
}

// A/65/99, published in English and Chinese, is what the public pages show; the tests that publish
// and correct work on copies of their own.
beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  await enterCycle('A/65/99');
  await editor.post('/api/cycles/A-65-99/publish', { languages: ['en', 'zh'] }).expect(201);
}, 120_000);
afterAll(() => t.close());

describe('publishing', () => {
  it('refuses to publish what has no accepted reply, and lets only editors publish', async () => {
    await editor.post('/api/cycles', { ...A6599_CYCLE, symbol: 'A/66/1' }).expect(201);
    expect((await editor.post('/api/cycles/A-66-1/publish', {}).expect(409)).body.code).toBe('NOTHING_TO_PUBLISH');
    const focal = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
    const client = await signIn(t.http, focal.email, focal.password);
    await client.post('/api/cycles/A-65-99/publish', {}).expect(403);
  });

  it('freezes the report in the chosen languages and publishes the accepted replies', async () => {
    const slug = await enterCycle('A/65/98');
    const response = await editor.post(`/api/cycles/${slug}/publish`, { languages: ['en', 'zh'] }).expect(201);
    expect(response.body).toMatchObject({ symbol: 'A/65/98', corrigendum: 0, languages: ['en', 'zh'], replies: 8 });
    const statuses = await t.prisma.reply.findMany({
      where: { entityCode: { in: ['AUS', 'MEX', 'NOR'] }, cycle: { symbol: 'A/65/98' } },
      select: { entityCode: true, status: true },
      orderBy: { entityCode: 'asc' },
    });
    expect(statuses).toEqual([
      { entityCode: 'AUS', status: 'PUBLISHED' },
      { entityCode: 'MEX', status: 'DRAFT' },
      { entityCode: 'NOR', status: 'SUBMITTED' },
    ]);
  });
});

describe('the public pages, read without an account', () => {
  it('list the published reports with their languages and downloads', async () => {
    const page = await request(t.http).get('/reports').expect(200).expect('Content-Type', /html/);
    expect(page.text).toContain('href="/reports/A-65-99?lang=en"');
    expect(page.text).toContain('href="/reports/A-65-99/download/zh.docx"');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.text).not.toContain('<script');
  });

  it('show the report, whose footnotes point at the full texts', async () => {
    const page = await request(t.http).get('/reports/A-65-99?lang=zh').expect(200);
    expect(page.text).toContain('<html lang="zh" dir="ltr">');
    expect(page.text).toContain('二. 从会员国收到的答复');
    // The footnote prints the full text's public address, and links to it within the site.
    expect(page.text).toMatch(
      /<a href="\/reports\/A-65-99\/replies\/AUS">http:\/\/localhost:\d+\/reports\/A-65-99\/replies\/AUS<\/a>/,
    );
    // The footnotes' hidden heading and their way back are read out in the page's language.
    expect(page.text).toContain('<h2 id="footnotes-label" class="visually-hidden">脚注</h2>');
    expect(page.text).toContain('aria-label="返回正文"');
    expect(page.text).not.toMatch(/>Footnotes<|aria-label="Back/);
    const arabic = await request(t.http).get('/reports?lang=ar').expect(200);
    expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
    await request(t.http).get('/reports/A-65-99?lang=fr').expect(404);
  });

  it('show a full text with its original language, date, summary, other languages and original file', async () => {
    const page = await request(t.http).get('/reports/A-65-99/replies/AUS?lang=en').expect(200);
    expect(page.text).toContain('<h1>Australia</h1>');
    expect(page.text).toContain('1 June 2010');
    expect(page.text).toContain('The reply continues with a detailed account');
    expect(page.text).toContain(
      'Preventing terrorists from acquiring weapons of mass destruction is an international security priority',
    );
    expect(page.text).toContain('hreflang="zh"');
    const chinese = await request(t.http).get('/reports/A-65-99/replies/AUS?lang=zh').expect(200);
    expect(chinese.text).toContain('防止恐怖分子获取大规模毁灭性武器是澳大利亚政府的一项国际安全优先事项。');
  });

  it('escape everything a submitter typed', async () => {
    const page = await request(t.http).get('/reports/A-65-99/replies/HUN?lang=en').expect(200);
    expect(page.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page.text).not.toMatch(/<script|<img|onerror="/);
    const report = await request(t.http).get('/reports/A-65-99?lang=en').expect(200);
    expect(report.text).not.toMatch(/<script|<img/);
  });

  it('answer 404 to guessed addresses of drafts, unaccepted replies and unknown reports', async () => {
    for (const path of [
      '/reports/A-65-99/replies/MEX',
      '/reports/A-65-99/replies/NOR',
      '/reports/A-66-1',
      '/reports/A-65-99/replies/NOR/original',
      '/reports/A-65-99/download/zh.pdf',
      '/reports/A-65-99-Add.1',
    ]) {
      const response = await request(t.http).get(path).expect(404);
      expect(response.text).not.toContain('Borrador secreto');
      expect(response.text).not.toContain('Not accepted yet');
    }
  });

  it('offer the published DOCX, byte for byte as stored', async () => {
    const response = await request(t.http)
      .get('/reports/A-65-99/download/en.docx')
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect((response.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const stored = await t.prisma.compiledReport.findFirstOrThrow({
      where: { format: 'DOCX', language: 'en', publicationId: { not: null }, cycle: { symbol: 'A/65/99' } },
    });
    expect(Buffer.compare(response.body as Buffer, Buffer.from(stored.content))).toBe(0);
  });
});

describe('searching the published replies', () => {
  it('finds a Chinese phrase inside a longer sentence, and an English word, with filters', async () => {
    const chinese = await request(t.http)
      .get(`/reports/search?q=${encodeURIComponent('国际安全优先')}&lang=zh`)
      .expect(200);
    expect(chinese.text).toContain('/reports/A-65-99/replies/AUS?lang=zh');
    expect(chinese.text).toContain('<mark>国际安全优先</mark>');
    const english = await request(t.http).get('/reports/search?q=KINGDOM&in=en').expect(200);
    expect(english.text).toContain('/reports/A-65-99/replies/MAR?lang=en');
    const filtered = await request(t.http).get('/reports/search?q=kingdom&entity=FIN').expect(200);
    expect(filtered.text).not.toContain('/replies/MAR');
    const drafts = await request(t.http).get('/reports/search?q=Borrador').expect(200);
    expect(drafts.text).not.toContain('/replies/MEX');
  });
});

describe('corrections', () => {
  it('publish a corrigendum and keep the earlier version reachable', async () => {
    const slug = await enterA6599(editor, ['AUS', 'FIN'], 'A/65/97');
    await editor.post(`/api/cycles/${slug}/publish`, { languages: ['en', 'zh'] }).expect(201);
    await editor
      .put(`/api/cycles/${slug}/replies/FIN/translations/zh`, {
        body: '芬兰坚决致力于防止恐怖分子获取大规模毁灭性武器。',
        version: 1,
      })
      .expect(200);
    const response = await editor.post(`/api/cycles/${slug}/publish`, { languages: ['zh'] }).expect(201);
    expect(response.body).toMatchObject({ symbol: 'A/65/97/Corr.1', corrigendum: 1 });
    const latest = await request(t.http).get(`/reports/${slug}?lang=zh`).expect(200);
    expect(latest.text).toContain('A/65/97/Corr.1');
    expect(latest.text).toContain('芬兰坚决致力于');
    const original = await request(t.http).get(`/reports/${slug}?lang=zh&version=0`).expect(200);
    expect(original.text).not.toContain('芬兰坚决致力于');
    expect(original.text).toContain('芬兰致力于防止恐怖分子');
    const reply = await request(t.http).get(`/reports/${slug}/replies/FIN?lang=zh`).expect(200);
    expect(reply.text).toContain('芬兰坚决致力于');
    // A corrigendum in Chinese only leaves the English publication in force.
    const english = await request(t.http).get(`/reports/${slug}?lang=en`).expect(200);
    expect(english.text).not.toContain('Corr.1');
    await request(t.http).get(`/reports/${slug}/download/en.docx`).expect(200);
    const index = await request(t.http).get('/reports').expect(200);
    expect(index.text).toContain(`href="/reports/${slug}?lang=en"`);
  });

  it('keep the symbol of a published report, which public addresses print', async () => {
    const refused = await editor.patch('/api/cycles/A-65-99', { symbol: 'A/65/100' }).expect(409);
    expect(refused.body.code).toBe('SYMBOL_LOCKED');
    await editor.patch('/api/cycles/A-65-99', { agenda: { kind: 'ADOPTED', item: '105' } }).expect(200);
  });
});
