import JSZip from 'jszip';
import type { ReportDocument } from '../../apps/api/src/modules/compilation/model/report-model';
import { enterA6599 } from '../factories/a-65-99';
import { createUser } from '../factories/users';
import { binaryBody, signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
const report = '/api/cycles/A-65-99/report';

beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR', name: 'Eve Editor' });
  editor = await signIn(t.http, e.email, e.password);
  await enterA6599(editor);
}, 120_000);
afterAll(() => t.close());

describe('the compiled report', () => {
  it('is the document model as JSON, in Chinese in the English order, with asterisks and footnotes', async () => {
    const response = await editor.get(`${report}?lang=zh&format=json`).expect(200);
    const document = response.body as ReportDocument;
    expect(document.symbol).toBe('A/65/99');
    const states = document.sections[1].entries;
    expect(states.map((e) => e.heading)).toEqual([
      '澳大利亚',
      '芬兰',
      '格鲁吉亚',
      '匈牙利',
      '墨西哥',
      '摩洛哥',
      '荷兰',
      '挪威',
      '泰国',
      '土库曼斯坦',
      '乌克兰',
    ]);
    expect(states[0]).toMatchObject({
      footnoteId: 1,
      originalLine: '［原件：英文］',
      dateLine: '［2010 年 6 月 1 日］',
    });
    expect(document.footnotes[0].url).toMatch(/\/reports\/A-65-99\/replies\/AUS$/);
    expect(document.sections[0].paragraphs[2].text).toContain('还收到了 14 个国际组织的答复');
  });

  it('renders HTML with every submitted text escaped', async () => {
    const response = await editor
      .get(`${report}?lang=en&format=html`)
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(response.text).toContain('<h2>II. Replies received from Governments</h2>');
    expect(response.text).toContain('<p class="original">[Original: Spanish]</p>');
    expect(response.text).toMatch(/<h3>Australia<a class="footnote-ref" href="#fn-1"/);
    expect(response.text).not.toContain('<script>');
  });

  it('renders Markdown and a Word document with real headings and footnotes', async () => {
    const md = await editor.get(`${report}?lang=en&format=md`).expect(200);
    expect(md.text).toContain('## II. Replies received from Governments');
    expect(md.text).toContain('### Australia\\*[^1]');
    expect(md.text).toMatch(/\[\^1\]: The full text of the information provided by the Government of Australia/);

    const docx = await editor.get(`${report}?lang=zh&format=docx`).buffer(true).parse(binaryBody).expect(200);
    expect(docx.headers['content-disposition']).toContain('A-65-99-zh.docx');
    const zip = await JSZip.loadAsync(docx.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('二. 从会员国收到的答复');
    expect(xml).toMatch(/w:pStyle w:val="Heading1"/);
    const footnotes = await zip.file('word/footnotes.xml')!.async('string');
    expect(footnotes).toContain('澳大利亚政府提供的资料全文可在裁军事务厅网站上查阅');
  });

  it('compiles again when anything it reads changes, whoever changes it, and only then', async () => {
    const compile = () => editor.get(`${report}?lang=en&format=md`).expect(200);
    const first = await compile();
    expect((await compile()).headers['x-report-version']).toBe(first.headers['x-report-version']);
    // Changed straight in the database, as another portal process or a script would: never served stale.
    const before = await t.prisma.entity.findUniqueOrThrow({ where: { code: 'AUS' } });
    await t.prisma.entity.update({ where: { code: 'AUS' }, data: { nameEn: 'Commonwealth of Australia' } });
    try {
      const renamed = await compile();
      expect(renamed.text).toContain('Commonwealth of Australia');
      expect(renamed.headers['x-report-version']).not.toBe(first.headers['x-report-version']);
    } finally {
      await t.prisma.entity.update({ where: { code: 'AUS' }, data: { nameEn: before.nameEn } });
    }
    // Back to the same data: the version stored for it is served again.
    expect((await compile()).headers['x-report-version']).toBe(first.headers['x-report-version']);
    const text = await t.prisma.replyText.findFirstOrThrow({
      where: { language: 'en', reply: { entityCode: 'FIN', cycle: { symbol: 'A/65/99' } } },
    });
    await t.prisma.replyText.update({
      where: { replyId_language: { replyId: text.replyId, language: 'en' } },
      data: { body: `${text.body}\nA sentence added by hand.` },
    });
    try {
      expect((await compile()).text).toContain('A sentence added by hand.');
    } finally {
      await t.prisma.replyText.update({
        where: { replyId_language: { replyId: text.replyId, language: 'en' } },
        data: { body: text.body },
      });
    }
  });

  it('stores each compiled version with its checksum, and gives it back byte for byte', async () => {
    const first = await editor.get(`${report}?lang=en&format=md`).expect(200);
    const again = await editor.get(`${report}?lang=en&format=md`).expect(200);
    expect(again.headers['x-report-version']).toBe(first.headers['x-report-version']);
    const versions = (await editor.get('/api/cycles/A-65-99/reports').expect(200)).body as {
      id: string;
      language: string;
      format: string;
      checksum: string;
      compiledBy: string;
    }[];
    const stored = versions.find((v) => v.id === first.headers['x-report-version'])!;
    expect(stored).toMatchObject({
      language: 'en',
      format: 'MD',
      checksum: first.headers['x-checksum-sha256'],
      compiledBy: 'Eve Editor',
    });
    const bytes = await editor
      .get(`/api/cycles/A-65-99/reports/${stored.id}`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect((bytes.body as Buffer).toString('utf8')).toBe(first.text);
  });
});

describe('checks before publishing', () => {
  it('reports length, missing translations, replies in review and decisions against the length rule', async () => {
    const fr = (await editor.get(`${report}/checks?lang=fr`).expect(200)).body;
    expect(fr.wordLimit).toBe(8500);
    expect(fr.words).toBeGreaterThan(500);
    expect(fr.missingTranslations).toContainEqual({ entityCode: 'FIN', name: 'Finlande', what: 'text' });
    // The reference data gives every organization its French name, except the Oceania Customs Organisation.
    expect(fr.missingTranslations).toContainEqual({
      entityCode: 'OCO',
      name: 'Oceania Customs Organisation',
      what: 'name',
    });
    expect(fr.missingTranslations).toContainEqual({
      entityCode: 'IAEA',
      name: "Agence internationale de l'énergie atomique",
      what: 'text',
    });
    expect(fr.missingCycleFields).toEqual([
      { field: 'title', language: 'fr' },
      { field: 'mandate', language: 'fr' },
      { field: 'introduction', language: 'fr', paragraph: 'requests' },
    ]);

    const zh = (await editor.get(`${report}/checks?lang=zh`).expect(200)).body;
    expect(zh.missingTranslations).toEqual([]);
    expect(zh.missingCycleFields).toEqual([]);
    expect(zh.contradictions).toEqual([]);
  });
});

describe('the cut-off, addenda and withdrawals', () => {
  it('puts a reply received after the cut-off into Add.1 only, and drops a withdrawn one from both', async () => {
    // A copy of the cycle, as this test changes it.
    const slug = await enterA6599(editor, ['AUS', 'FIN', 'NOR', 'IAEA'], 'A/65/199');
    const url = `/api/cycles/${slug}/replies`;
    const report = `/api/cycles/${slug}/report`;
    await editor
      .put(`${url}/SWE`, {
        originalLanguage: 'en',
        receivedOn: '2010-07-01',
        texts: { en: { body: 'Sweden reports after the cut-off.' } },
        version: 0,
      })
      .expect(200);
    await editor.post(`${url}/SWE/submit`).expect(200);
    await editor.post(`${url}/SWE/accept`, { decision: 'FULL' }).expect(200);
    const main = (await editor.get(`${report}?lang=en&format=json`).expect(200)).body as ReportDocument;
    expect(main.sections[1].entries.map((e) => e.entityCode)).not.toContain('SWE');
    const addendum = (await editor.get(`${report}?lang=en&format=json&addendum=1`).expect(200)).body as ReportDocument;
    expect(addendum.symbol).toBe('A/65/199/Add.1');
    expect(addendum.sections[1].entries.map((e) => e.entityCode)).toEqual(['SWE']);
    expect(addendum.sections[0].paragraphs[0].text).toContain(
      '(A/65/199) contains the replies received after 23 June 2010',
    );

    expect(main.sections[1].entries.map((e) => e.entityCode)).toContain('NOR');
    await editor.post(`${url}/NOR/withdraw`, { reason: 'Withdrawn by Norway' }).expect(200);
    const after = (await editor.get(`${report}?lang=en&format=json`).expect(200)).body as ReportDocument;
    expect(after.sections[1].entries.map((e) => e.entityCode)).not.toContain('NOR');
    expect(after.sections[0].paragraphs[2].text).not.toContain('Norway');
  });

  it('lists replies still in review among the checks, and keeps them out of the report', async () => {
    const slug = await enterA6599(editor, ['AUS', 'FIN', 'IAEA'], 'A/65/299');
    const url = `/api/cycles/${slug}/replies`;
    const report = `/api/cycles/${slug}/report`;
    await editor
      .put(`${url}/JPN`, {
        originalLanguage: 'en',
        receivedOn: '2010-06-10',
        texts: { en: { body: 'Japan reports.' } },
        version: 0,
      })
      .expect(200);
    await editor.post(`${url}/JPN/submit`).expect(200);
    const checks = (await editor.get(`${report}/checks?lang=en`).expect(200)).body;
    expect(checks.notAccepted).toEqual([{ entityCode: 'JPN', name: 'Japan', status: 'SUBMITTED' }]);
    const document = (await editor.get(`${report}?lang=en&format=json`).expect(200)).body as ReportDocument;
    expect(document.sections[1].entries.map((e) => e.entityCode)).not.toContain('JPN');
  });

  it('is for the Secretariat only', async () => {
    const focal = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
    const client = await signIn(t.http, focal.email, focal.password);
    await client.get(`${report}?lang=en`).expect(403);
  });
});
