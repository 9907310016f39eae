import { overrideAppConfig } from '../../apps/api/src/config/config';
import JSZip from 'jszip';
import request from 'supertest';
import { eventually } from '../setup/smtp';
import { MINIMAL_PDF } from '../../apps/api/src/modules/replies/originals/test-originals';
import { enterA6599 } from '../factories/a-65-99';
import { acceptReply } from '../factories/replies';
import { createUser } from '../factories/users';
import { binaryBody, signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
const SITE = 'https://replies.example.org';

beforeAll(async () => {
  t = await startTestApp();
  overrideAppConfig({ publicUrl: SITE });
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  await enterA6599(editor, ['AUS', 'FIN', 'MAR', 'IAEA']);
  // Norway's reply came with its original as a PDF; New Zealand's after the cut-off (the addendum).
  await acceptReply(editor, 'A-65-99', 'NOR', {
    originalLanguage: 'en',
    receivedOn: '2010-06-03',
    texts: { en: { body: 'Norway supports the Nuclear Security Summit.' }, zh: { body: '挪威支持核安全峰会。' } },
    file: { bytes: MINIMAL_PDF, name: 'Norway reply.pdf' },
  });
  await acceptReply(editor, 'A-65-99', 'NZL', {
    originalLanguage: 'en',
    receivedOn: '2010-07-05',
    texts: { en: { body: 'New Zealand reports after the cut-off.' } },
  });
  // A draft: never public.
  await editor
    .put('/api/cycles/A-65-99/replies/MEX', {
      originalLanguage: 'es',
      receivedOn: '2010-05-24',
      texts: { es: { body: 'Borrador secreto.' } },
      version: 0,
    })
    .expect(200);
  await editor.post('/api/cycles/A-65-99/publish', { languages: ['en', 'zh', 'ar'] }).expect(201);
  await editor.post('/api/cycles/A-65-99/publish', { languages: ['en'], addendum: 1 }).expect(201);
}, 120_000);
afterAll(async () => {
  await t.close();
});

const get = (path: string) => request(t.http).get(path);
const rowOf = (html: string, code: string) => {
  const row = html.split('<tr>').find((r) => r.includes(`/replies/${code}?`));
  if (!row) throw new Error(`No row for ${code}`);
  return row.slice(0, row.indexOf('</tr>'));
};

describe("the report's index of replies", () => {
  it('lists every published reply with its group, original language, date, place in the report and texts', async () => {
    const page = await get('/reports/A-65-99?lang=en').expect(200);
    expect(page.text).toContain('<h2 id="replies-heading">Full texts of the replies (5)</h2>');
    const morocco = rowOf(page.text, 'MAR');
    expect(morocco).toContain('<a href="/reports/A-65-99/replies/MAR?lang=en">Morocco</a>');
    expect(morocco).toContain('>State<');
    expect(morocco).toContain('>French<');
    expect(morocco).toContain('2 June 2010');
    expect(morocco).toContain('<a href="#entry-MAR">Reproduced in full</a>');
    expect(morocco).toContain(
      'href="/reports/A-65-99/replies/MAR?lang=zh" lang="zh" hreflang="zh">中文</a> (translation)',
    );
    expect(rowOf(page.text, 'AUS')).toContain('<a href="#entry-AUS">Executive summary</a>');
    expect(rowOf(page.text, 'IAEA')).toContain('>United Nations system<');
    const norway = rowOf(page.text, 'NOR');
    expect(norway).toContain(
      'href="/reports/A-65-99/replies/NOR/original" download>The original as received</a> (PDF, 1 KB)',
    );
    expect(page.text).not.toContain('/replies/MEX');
    expect(page.text).not.toContain('/replies/NZL');
    // Each entry of the report is the target of its row.
    expect(page.text).toContain('id="entry-MAR"');
  });

  it('names groups and languages in the page language, and the order follows the report', async () => {
    const chinese = await get('/reports/A-65-99?lang=zh').expect(200);
    const morocco = rowOf(chinese.text, 'MAR');
    expect(morocco).toContain('>摩洛哥</a>');
    expect(morocco).toContain('>法文<');
    expect(morocco).toContain('>国家<');
    expect(morocco).toContain('2010年6月2日');
    const order = ['AUS', 'FIN', 'MAR', 'NOR', 'IAEA'].map((code) => chinese.text.indexOf(`/replies/${code}?lang=zh"`));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const arabic = await get('/reports/A-65-99?lang=ar').expect(200);
    expect(rowOf(arabic.text, 'MAR')).toContain('>الفرنسية<');
  });

  it("on the addendum's page lists the addendum's replies", async () => {
    const page = await get('/reports/A-65-99-Add.1?lang=en').expect(200);
    expect(page.text).toContain('A/65/99/Add.1');
    expect(rowOf(page.text, 'NZL')).toContain('5 July 2010');
    expect(page.text).not.toContain('/replies/AUS?');
  });

  it('links inside the page are relative; the footnotes print the public address', async () => {
    const page = await get('/reports/A-65-99?lang=en').expect(200);
    expect(page.text).toContain(`<a href="/reports/A-65-99/replies/AUS">${SITE}/reports/A-65-99/replies/AUS</a>`);
    expect(page.text.match(/href="https?:[^"]*"/g) ?? []).toEqual([]);
  });

  it('prints like the UN document: A4, the symbol in the running head, no site navigation', async () => {
    const page = await get('/reports/A-65-99?lang=en').expect(200);
    expect(page.text).toContain('@page { size: A4;');
    expect(page.text).toContain('@top-right { content: "A/65/99";');
    expect(page.text).toMatch(/@media print \{[^]*\.site-header, \.site-footer, \.no-print/);
    expect(page.text).toContain('<section id="replies" class="replies-index no-print"');
  });
});

describe('the full text', () => {
  it('says which text is the original and which are translations, in the page language', async () => {
    const english = await get('/reports/A-65-99/replies/MAR?lang=en').expect(200);
    expect(english.text).toContain('<dt>Original language</dt><dd>French</dd>');
    expect(english.text).toContain('<dt>Text shown</dt><dd>English (translation)</dd>');
    const chinese = await get('/reports/A-65-99/replies/AUS?lang=zh').expect(200);
    expect(chinese.text).toContain('<dt>原件语文</dt><dd>英文</dd>');
    expect(chinese.text).toContain('<dt>所显示文本</dt><dd>中文 (译文)</dd>');
    expect(chinese.text).toContain('lang="en" hreflang="en">English</a> (原件)');
  });

  it('links back to its entry in the report, and to everything its sender published', async () => {
    const page = await get('/reports/A-65-99/replies/AUS?lang=en').expect(200);
    expect(page.text).toContain('<a href="/reports/A-65-99?lang=en#entry-AUS">This reply in the report</a>');
    expect(page.text).toContain('<a href="/reports/entities/AUS?lang=en">Published replies of Australia</a>');
    // The French report is not published: the way back goes to the English one.
    const french = await get('/reports/A-65-99/replies/AUS?lang=fr').expect(200);
    expect(french.text).toContain('<a href="/reports/A-65-99?lang=en#entry-AUS">Cette réponse dans le rapport</a>');
    const addendum = await get('/reports/A-65-99/replies/NZL?lang=en').expect(200);
    expect(addendum.text).toContain('<a href="/reports/A-65-99-Add.1?lang=en#entry-NZL">');
  });

  it('serves the original file of the published version, with its checksum as ETag', async () => {
    const page = await get('/reports/A-65-99/replies/NOR?lang=en').expect(200);
    expect(page.text).toContain(
      '<a href="/reports/A-65-99/replies/NOR/original" download>The original as received</a> (PDF, 1 KB, English)',
    );
    const file = await get('/reports/A-65-99/replies/NOR/original').buffer(true).parse(binaryBody).expect(200);
    expect(Buffer.compare(file.body as Buffer, MINIMAL_PDF)).toBe(0);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''Norway%20reply.pdf");
    await get('/reports/A-65-99/replies/NOR/original').set('If-None-Match', file.headers.etag).expect(304);
    const pinned = await get('/reports/A-65-99/replies/NOR/original?version=0').expect(200);
    expect(pinned.headers['cache-control']).toContain('immutable');
  });
});

describe('per sender', () => {
  it('lists what a State or organization published, in the reader language', async () => {
    const page = await get('/reports/entities/NOR?lang=zh').expect(200);
    expect(page.text).toContain('<h1>挪威</h1>');
    expect(page.text).toContain('<a href="/reports/A-65-99/replies/NOR?lang=zh">A/65/99</a>');
    expect(page.text).toContain('防止恐怖分子获取大规模毁灭性武器的措施');
    const addendum = await get('/reports/entities/nzl?lang=en').expect(200);
    expect(addendum.text).toContain('>A/65/99/Add.1</a>');
  });
});

describe('open data', () => {
  it('replies.json: one entry per published reply, with the addresses of its full text and files', async () => {
    const response = await get('/reports/A-65-99/replies.json')
      .expect(200)
      .expect('Content-Type', /application\/json/);
    const data = response.body as {
      report: { symbol: string; languages: string[]; url: string };
      replies: Record<string, unknown>[];
    };
    expect(data.report).toMatchObject({
      symbol: 'A/65/99',
      languages: ['en', 'zh', 'ar'],
      url: `${SITE}/reports/A-65-99`,
    });
    expect(data.replies.map((r) => r.code)).toEqual(['AUS', 'FIN', 'MAR', 'NOR', 'IAEA']);
    expect(data.replies.find((r) => r.code === 'NOR')).toMatchObject({
      group: 'STATE',
      names: { en: 'Norway', zh: '挪威' },
      originalLanguage: 'en',
      dateReceived: '2010-06-03',
      decision: 'FULL',
      fullTextUrl: `${SITE}/reports/A-65-99/replies/NOR`,
      texts: [
        { language: 'zh', original: false, url: `${SITE}/reports/A-65-99/replies/NOR?lang=zh`, hasSummary: false },
        { language: 'en', original: true, url: `${SITE}/reports/A-65-99/replies/NOR?lang=en`, hasSummary: false },
      ],
      originalFile: {
        url: `${SITE}/reports/A-65-99/replies/NOR/original`,
        fileName: 'Norway reply.pdf',
        mediaType: 'application/pdf',
        size: MINIMAL_PDF.length,
      },
    });
  });

  it('replies.csv: the same rows for a spreadsheet', async () => {
    const response = await get('/reports/A-65-99/replies.csv')
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const lines = response.text
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'code,group,name_ar,name_zh,name_en,name_fr,name_ru,name_es,original_language,date_received,decision,full_text_url,languages,text_url_ar,text_url_zh,text_url_en,text_url_fr,text_url_ru,text_url_es,original_file_url,original_file_name,original_file_type,original_file_size,original_file_sha256',
    );
    expect(lines).toHaveLength(6);
    const norway = lines.find((line) => line.startsWith('NOR,'))!;
    expect(norway).toContain(',挪威,Norway,');
    expect(norway).toContain(`,en,2010-06-03,FULL,${SITE}/reports/A-65-99/replies/NOR,zh en,`);
    expect(norway).toContain(`,${SITE}/reports/A-65-99/replies/NOR/original,Norway reply.pdf,application/pdf,`);
    expect(response.headers['content-disposition']).toContain('A-65-99-replies.csv');
  });

  it('full-texts.zip: a README, the lists, every text marked original or translation, and the originals', async () => {
    const response = await get('/reports/A-65-99/download/full-texts.zip')
      .buffer(true)
      .parse(binaryBody)
      .expect(200)
      .expect('Content-Type', 'application/zip');
    const zip = await JSZip.loadAsync(response.body as Buffer);
    const names = Object.keys(zip.files);
    expect(names).toEqual(
      expect.arrayContaining([
        'A-65-99-full-texts/README.md',
        'A-65-99-full-texts/replies.csv',
        'A-65-99-full-texts/replies.json',
        'A-65-99-full-texts/MAR/text-fr-original.txt',
        'A-65-99-full-texts/MAR/text-zh-translation.txt',
        'A-65-99-full-texts/AUS/summary-en-original.txt',
        'A-65-99-full-texts/NOR/original-file.pdf',
      ]),
    );
    expect(names.some((name) => name.includes('MEX') || name.includes('NZL'))).toBe(false);
    const readme = await zip.file('A-65-99-full-texts/README.md')!.async('string');
    expect(readme).toContain('# A/65/99: full texts of the replies');
    expect(readme).toContain('5 replies');
    expect(await zip.file('A-65-99-full-texts/NOR/text-zh-translation.txt')!.async('string')).toBe(
      '挪威支持核安全峰会。',
    );
    const pdf = await zip.file('A-65-99-full-texts/NOR/original-file.pdf')!.async('nodebuffer');
    expect(Buffer.compare(pdf, MINIMAL_PDF)).toBe(0);
    // The same publication gives the same bytes, so the ETag holds.
    const again = await get('/reports/A-65-99/download/full-texts.zip').buffer(true).parse(binaryBody).expect(200);
    expect(Buffer.compare(again.body as Buffer, response.body as Buffer)).toBe(0);
    await get('/reports/A-65-99/download/full-texts.zip').set('If-None-Match', response.headers.etag).expect(304);
  });
});

describe('pages rendered once, served with validators', () => {
  const addresses = [
    '/reports?lang=en',
    '/reports/A-65-99?lang=zh',
    '/reports/A-65-99-Add.1?lang=en',
    '/reports/A-65-99/replies/AUS?lang=ar',
    '/reports/entities/AUS?lang=fr',
    '/reports/A-65-99/replies.json',
    '/reports/A-65-99/replies.csv',
    '/reports/A-65-99/download/en.docx',
    '/reports/feed.xml?lang=en',
    '/sitemap.xml',
  ];

  it.each(addresses)('%s: ETag and Cache-Control, then 304 to If-None-Match', async (path) => {
    const first = await get(path).expect(200);
    expect(first.headers.etag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    const second = await get(path).set('If-None-Match', first.headers.etag).expect(304);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.text ?? '').toBe('');
  });

  it('are rendered once after publication and kept, and are sent compressed to whoever accepts it', async () => {
    // The publication's job renders the pages after the answer; a page asked for before is rendered then.
    await get('/reports/A-65-99?lang=zh').expect(200);
    await get('/reports/A-65-99/replies/MAR?lang=en').expect(200);
    await eventually(async () => {
      const stored = await t.prisma.publicDocument.findMany({ select: { key: true } });
      const keys = new Set(stored.map((row) => row.key.split('|').at(-1)));
      return keys.has('/reports/A-65-99?lang=zh') && keys.has('/reports/A-65-99/replies/MAR?lang=en');
    }, 30_000);
    const gzip = await get('/reports/A-65-99?lang=en').set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toContain('Accept-Encoding');
    expect(gzip.text).toContain('Full texts of the replies');
    const plain = await get('/reports/A-65-99?lang=en').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(gzip.text);
  });

  it('change (new ETag) when a corrigendum is published', async () => {
    // A report of its own, as this test corrects it.
    const slug = await enterA6599(editor, ['AUS', 'FIN'], 'A/65/96');
    await editor.post(`/api/cycles/${slug}/publish`, { languages: ['en', 'zh'] }).expect(201);
    const before = await get(`/reports/${slug}?lang=en`).expect(200);
    await editor
      .put(`/api/cycles/${slug}/replies/FIN/translations/zh`, { body: '芬兰坚决致力于防止恐怖分子。', version: 1 })
      .expect(200);
    await editor.post(`/api/cycles/${slug}/publish`, { languages: ['en'] }).expect(201);
    const after = await get(`/reports/${slug}?lang=en`).set('If-None-Match', before.headers.etag).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.text).toContain('A/65/96/Corr.1');
    // The earlier version's index links to the texts as they were then.
    const original = await get(`/reports/${slug}?lang=en&version=0`).expect(200);
    expect(original.text).toContain(`href="/reports/${slug}/replies/FIN?lang=zh&amp;version=0"`);
    const earlier = await get(`/reports/${slug}/replies/FIN?lang=zh&version=0`).expect(200);
    expect(earlier.text).toContain('此文本已发布较新的版本。');
    expect(earlier.text).not.toContain('芬兰坚决致力于');
    const current = await get(`/reports/${slug}/replies/FIN?lang=zh`).expect(200);
    expect(current.text).toContain('芬兰坚决致力于');
  });
});

describe('nothing unpublished is public', () => {
  it.each([
    '/reports/A-65-99/replies/MEX',
    '/reports/A-65-99/replies/MEX/original',
    '/reports/A-65-99/replies/AUS/original',
    '/reports/entities/MEX',
    '/reports/entities/XYZ',
    '/reports/A-66-1',
    '/reports/A-66-1/replies.json',
    '/reports/A-66-1/replies.csv',
    '/reports/A-66-1/download/full-texts.zip',
    '/reports/A-65-99-Add.2/replies.json',
    '/reports/A-65-99/replies.json?version=7',
    '/sitemap.xml?part=2',
  ])('%s answers 404', async (path) => {
    const response = await get(path).expect(404);
    expect(response.headers.etag).toBeUndefined();
    expect(response.text).not.toContain('Borrador secreto');
  });
});
