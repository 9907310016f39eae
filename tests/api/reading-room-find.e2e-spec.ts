import { overrideAppConfig } from '../../apps/api/src/config/config';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { SearchRepository } from '../../apps/api/src/modules/publishing/search.repository';
import { enterA6599 } from '../factories/a-65-99';
import { cycleBody } from '../factories/cycles';
import { acceptReply } from '../factories/replies';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
const SITE = 'https://replies.example.org';
const SCHEMAS = join(__dirname, '../schemas');

/** Validates XML against a schema with libxml2 (WebAssembly); returns the errors, or '' when valid. */
function schemaErrors(xml: string, schema: string): string {
  try {
    execFileSync(process.execPath, [join(SCHEMAS, 'validate-xml.mjs'), join(SCHEMAS, schema)], {
      input: xml,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

const ARABIC = 'تؤكد جمهورية مصر العربية التزامها بمنع وصول الإرهابيين إلى أسلحة الدمار الشامل والمواد النووية.';
const RUSSIAN = 'Российская Федерация укрепляет национальные меры по предотвращению приобретения террористами оружия.';

beforeAll(async () => {
  t = await startTestApp();
  overrideAppConfig({ publicUrl: SITE });
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  await enterA6599(editor, ['AUS', 'FIN', 'MAR', 'IAEA']);
  await acceptReply(editor, 'A-65-99', 'EGY', {
    originalLanguage: 'ar',
    receivedOn: '2010-05-30',
    texts: { ar: { body: ARABIC } },
  });
  await acceptReply(editor, 'A-65-99', 'RUS', {
    originalLanguage: 'ru',
    receivedOn: '2010-05-29',
    texts: { ru: { body: RUSSIAN } },
  });
  await editor
    .put('/api/cycles/A-65-99/replies/MEX', {
      originalLanguage: 'es',
      receivedOn: '2010-05-24',
      texts: { es: { body: 'Borrador secreto sobre seguridad nuclear.' } },
      version: 0,
    })
    .expect(200);
  await editor.post('/api/cycles/A-65-99/publish', { languages: ['en', 'zh'] }).expect(201);

  // A second report with 23 replies that all speak of nuclear security: enough for two pages of results.
  await editor.post('/api/cycles', cycleBody({ symbol: 'A/66/50' })).expect(201);
  const codes = [
    'ARG',
    'AUT',
    'BEL',
    'BRA',
    'CAN',
    'CHL',
    'DNK',
    'EST',
    'FRA',
    'DEU',
    'GRC',
    'IND',
    'IRL',
    'ITA',
    'JPN',
  ];
  const more = ['KEN', 'LVA', 'LTU', 'NLD', 'PER', 'POL', 'PRT', 'ESP'];
  for (const [i, code] of [...codes, ...more].entries()) {
    await acceptReply(editor, 'A-66-50', code, {
      originalLanguage: 'en',
      receivedOn: '2010-05-10',
      texts: { en: { body: `Measure ${i + 1}: the Government strengthened nuclear security at its borders.` } },
    });
  }
  await acceptReply(editor, 'A-66-50', 'WCO', {
    originalLanguage: 'en',
    receivedOn: '2010-05-11',
    texts: { en: { body: 'Customs administrations share nuclear security risk indicators.' } },
  });
  await editor.post('/api/cycles/A-66-50/publish', { languages: ['en'] }).expect(201);
}, 180_000);
afterAll(async () => {
  await t.close();
});

const get = (path: string) => request(t.http).get(path);
const search = (query: string) => get(`/reports/search?${query}`).expect(200);
const resultLinks = (html: string) =>
  [...html.matchAll(/<li><a href="(\/reports\/[^"]+\/replies\/[^"]+)"/g)].map((m) => m[1]);

describe('the Atom feed', () => {
  it('is valid Atom, one feed per language, with absolute addresses', async () => {
    const english = await get('/reports/feed.xml?lang=en')
      .expect(200)
      .expect('Content-Type', /application\/atom\+xml/);
    expect(schemaErrors(english.text, 'atom.rng')).toBe('');
    expect(english.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    // RFC 4287's rules beside the grammar: an author for the feed, a self link, unique entry ids.
    expect(english.text).toContain('<author><name>United Nations</name>');
    expect(english.text).toContain(
      `<link rel="self" type="application/atom+xml" href="${SITE}/reports/feed.xml?lang=en"/>`,
    );
    const ids = [...english.text.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual([
      `${SITE}/reports/A-66-50?lang=en&amp;version=0`,
      `${SITE}/reports/A-65-99?lang=en&amp;version=0`,
    ]);
    expect(english.text).toContain(`href="${SITE}/reports/A-65-99/download/en.docx?version=0"`);

    const chinese = await get('/reports/feed.xml?lang=zh').expect(200);
    expect(schemaErrors(chinese.text, 'atom.rng')).toBe('');
    expect(chinese.text).toContain('<title>A/65/99 — 防止恐怖分子获取大规模毁灭性武器的措施</title>');
    expect(chinese.text).not.toContain('A-66-50');
    const french = await get('/reports/feed.xml?lang=fr').expect(200);
    expect(schemaErrors(french.text, 'atom.rng')).toBe('');
    expect(french.text).not.toContain('<entry>');
  });

  it('a feed that breaks the schema is caught', () => {
    const broken = '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>';
    expect(schemaErrors(broken, 'atom.rng')).toContain('Expecting an element');
  });

  it('every page announces the feed of its language', async () => {
    const page = await get('/reports/A-65-99?lang=zh').expect(200);
    expect(page.text).toContain('<link rel="alternate" type="application/atom+xml" href="/reports/feed.xml?lang=zh"');
  });
});

describe('sitemap and robots', () => {
  it('/sitemap.xml lists the public pages with absolute addresses, and is valid', async () => {
    const sitemap = await get('/sitemap.xml')
      .expect(200)
      .expect('Content-Type', /application\/xml/);
    expect(schemaErrors(sitemap.text, 'sitemap.xsd')).toBe('');
    for (const path of [
      '/reports?lang=ar',
      '/reports/A-65-99?lang=zh',
      '/reports/A-66-50?lang=en',
      '/reports/A-65-99/replies/MAR?lang=fr',
      '/reports/A-65-99/replies/EGY?lang=ar',
      '/reports/entities/EGY?lang=en',
    ]) {
      expect(sitemap.text).toContain(`<loc>${SITE}${path}</loc>`);
    }
    expect(sitemap.text).not.toContain('/reports/A-65-99?lang=fr<');
    expect(sitemap.text).not.toContain('MEX');
    expect(sitemap.text).not.toContain('/reports/search');
  });

  it('/robots.txt lets crawlers read the reports, not the search, and names the sitemap', async () => {
    const robots = await get('/robots.txt')
      .expect(200)
      .expect('Content-Type', /text\/plain/);
    expect(robots.text).toContain('Allow: /reports\nDisallow: /reports/search\n');
    expect(robots.text).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

describe('searching the published replies', () => {
  it('finds a Chinese phrase, even of two characters, inside a sentence, with the passage marked', async () => {
    const phrase = await search(`q=${encodeURIComponent('国际安全优先')}&lang=zh`);
    expect(resultLinks(phrase.text)).toEqual(['/reports/A-65-99/replies/AUS?lang=zh']);
    expect(phrase.text).toContain('<mark>国际安全优先</mark>');
    const short = await search(`q=${encodeURIComponent('芬兰')}&lang=zh`);
    expect(resultLinks(short.text)).toContain('/reports/A-65-99/replies/FIN?lang=zh');
  });

  it('finds an Arabic word with its article attached, and stemmed English and Russian words', async () => {
    const arabic = await search(`q=${encodeURIComponent('المواد النووية')}&lang=ar`);
    expect(resultLinks(arabic.text)).toEqual(['/reports/A-65-99/replies/EGY?lang=ar']);
    expect(arabic.text).toContain('<mark>المواد النووية</mark>');
    expect(arabic.text).toContain('<p lang="ar" dir="rtl">');
    const english = await search('q=preventing+terrorist&report=A-65-99');
    expect(resultLinks(english.text)).toContain('/reports/A-65-99/replies/AUS?lang=en');
    expect(english.text).toContain('<mark>Preventing</mark> <mark>terrorists</mark>');
    const russian = await search(`q=${encodeURIComponent('ТЕРРОРИСТ')}`);
    expect(resultLinks(russian.text)).toEqual(['/reports/A-65-99/replies/RUS?lang=ru']);
    expect(russian.text).toContain('<mark>террористами</mark>');
  });

  it('shows one result per reply, in the reader language when it matches there', async () => {
    const chinese = await search(`q=Kingdom&lang=zh`);
    // Morocco's original (French) and its English translation match, its Chinese one does not: the original is shown.
    expect(resultLinks(chinese.text)).toEqual(['/reports/A-65-99/replies/MAR?lang=fr']);
    const any = await search('q=Morocco');
    expect(resultLinks(any.text).filter((link) => link.includes('/MAR'))).toHaveLength(1);
  });

  it('groups results by report, newest first, and pages through them', async () => {
    const first = await search('q=nuclear+security');
    const total = Number(first.text.match(/<h2>Results \((\d+)\)<\/h2>/)![1]);
    expect(total).toBeGreaterThan(24); // the 24 of A/66/50, and the IAEA's plan in A/65/99
    const groups = (html: string) => [...html.matchAll(/<h3><a href="\/reports\/([^?]+)\?lang=en">/g)].map((m) => m[1]);
    expect(groups(first.text)).toEqual(['A-66-50']);
    expect(resultLinks(first.text)).toHaveLength(20);
    expect(first.text).toContain('<mark>nuclear</mark> <mark>security</mark>');
    expect(first.text).toContain('<nav class="pages" aria-label="Result pages">');
    expect(first.text).toContain('href="/reports/search?q=nuclear+security&amp;page=2&amp;lang=en" rel="next"');
    const second = await search('q=nuclear+security&page=2');
    const links = resultLinks(second.text);
    expect(links).toHaveLength(total - 20);
    expect(groups(second.text)).toEqual(['A-66-50', 'A-65-99']);
    expect(links).toContain('/reports/A-65-99/replies/IAEA?lang=en');
    expect(links.filter((link) => resultLinks(first.text).includes(link))).toEqual([]);
    expect(second.text).toContain('<ol class="results" start="21">');
  });

  it('counts matches up to a limit, then says "more than" and still pages on', async () => {
    const repository = t.app.get(SearchRepository);
    const query = { q: 'nuclear security', mode: 'words' as const, readerLanguage: 'en' as const };
    const exact = await repository.search({ ...query, offset: 0, limit: 5, countUpTo: 1000 });
    expect(exact.more).toBe(false);
    expect(exact.total).toBeGreaterThan(24);
    const capped = await repository.search({ ...query, offset: 0, limit: 5, countUpTo: 10 });
    expect(capped).toMatchObject({ total: 10, more: true });
    expect(capped.rows.map((row) => row.entityCode)).toEqual(exact.rows.map((row) => row.entityCode));
    // A page past the limit is counted to its end: its results are the same as without a limit.
    const later = await repository.search({ ...query, offset: 10, limit: 5, countUpTo: 10 });
    expect(later).toMatchObject({ total: 15, more: true });
    const laterExact = await repository.search({ ...query, offset: 10, limit: 5, countUpTo: 1000 });
    expect(later.rows).toEqual(laterExact.rows);
  });

  it('filters by report, year, group, sender and language', async () => {
    const byReport = await search('q=nuclear+security&report=A-65-99');
    expect(resultLinks(byReport.text).every((link) => link.startsWith('/reports/A-65-99/'))).toBe(true);
    const thisYear = new Date().getFullYear();
    expect(resultLinks((await search(`q=nuclear+security&year=${thisYear}`)).text)).toHaveLength(20);
    expect((await search(`q=nuclear+security&year=${thisYear - 3}`)).text).toContain('Nothing found.');
    const organizations = await search('q=nuclear+security&group=OTHER');
    expect(resultLinks(organizations.text)).toEqual(['/reports/A-66-50/replies/WCO?lang=en']);
    const unSystem = await search('q=nuclear+security&group=UN_SYSTEM');
    expect(resultLinks(unSystem.text)).toEqual(['/reports/A-65-99/replies/IAEA?lang=en']);
    const sender = await search('q=nuclear+security&sender=JPN');
    expect(resultLinks(sender.text)).toEqual(['/reports/A-66-50/replies/JPN?lang=en']);
    const inChinese = await search(`q=${encodeURIComponent('芬兰')}&in=en`);
    expect(resultLinks(inChinese.text)).toEqual([]);
  });

  it('offers the senders by name in the reader language, and keeps the earlier parameter names', async () => {
    const page = await search('q=x&lang=zh');
    expect(page.text).toContain('<option value="AUS">澳大利亚</option>');
    expect(page.text).not.toContain('<option value="MEX">');
    expect(page.text).toContain(
      '<label for="search-sender">国家或组织</label><select id="search-sender" name="sender">',
    );
    const old = await search('q=nuclear+security&entity=JPN&cycle=A-66-50');
    expect(resultLinks(old.text)).toEqual(['/reports/A-66-50/replies/JPN?lang=en']);
  });

  it('never finds drafts, and takes a query that looks like SQL or patterns as text', async () => {
    expect(resultLinks((await search('q=Borrador')).text)).toEqual([]);
    expect((await search(`q=${encodeURIComponent('\'; DROP TABLE "Entity"; --')}`)).text).toContain('Nothing found.');
    expect(resultLinks((await search('q=%25')).text)).toEqual([]);
    expect(resultLinks((await search('q=_')).text)).toEqual([]);
    await search('q=nuclear&page=abc&year=soon&group=ALL&in=xx');
  });
});
