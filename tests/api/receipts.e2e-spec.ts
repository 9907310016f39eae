import JSZip from 'jszip';
import request from 'supertest';
import { todayAt, type TReply, type TSaveReply, type TSubmittedReply } from '@replies/shared';
import { MINIMAL_PDF } from '../../apps/api/src/modules/replies/originals/test-originals';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { binaryBody, signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
const url = '/api/cycles/A-65-99/replies';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  await editor
    .post(
      '/api/cycles',
      cycleBody({ symbol: 'A/65/99', replyWordLimit: 50, summaryWordLimit: 20, cutoffOn: '2099-06-23' }),
    )
    .expect(201);
  await editor
    .post('/api/cycles/A-65-99/invitations', {
      entityCodes: ['FIN', 'MEX', 'CHN', 'MAR', 'EGY', 'NOR', 'PER', 'ESP'],
      channel: 'NOTE_VERBALE',
      sentOn: '2010-02-19',
    })
    .expect(201);
});
afterAll(() => t.close());

const draft = (body: string, extra: Partial<TSaveReply> = {}): TSaveReply => ({
  originalLanguage: 'en',
  texts: { en: { body } },
  version: 0,
  ...extra,
});

async function focalPoint(entityCode: string, name?: string) {
  const user = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode, name });
  return { user, client: await signIn(t.http, user.email, user.password) };
}

/** The text of the receipt's Word document. */
async function receiptText(client: SignedIn, entity: string, query = '') {
  const response = await client.agent
    .get(`${url}/${entity}/receipt${query}`)
    .buffer(true)
    .parse(binaryBody)
    .expect(200);
  expect(response.headers['content-type']).toBe(DOCX);
  const xml = await (await JSZip.loadAsync(response.body as Buffer)).file('word/document.xml')!.async('string');
  // The words of the document, runs joined, as Word shows them.
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { text, xml, disposition: response.headers['content-disposition'] };
}

describe('the answer to a submission', () => {
  it('carries the receipt: reference number, date received in the Secretariat’s calendar, moment', async () => {
    const { client } = await focalPoint('FIN');
    await client.put(`${url}/FIN`, draft('Finland supports the measures.')).expect(200);
    const before = Date.now();
    const submitted = (await client.post(`${url}/FIN/submit`, { declaration: true }).expect(200))
      .body as TSubmittedReply;

    // The reply as before (existing clients keep working), with the receipt beside it.
    expect(submitted).toMatchObject({ entityCode: 'FIN', status: 'SUBMITTED', version: 2 });
    expect(submitted.receipt).toEqual({
      reference: 'A/65/99-FIN-1',
      receivedOn: todayAt('America/New_York'),
      submittedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(submitted.receivedOn).toBe(submitted.receipt.receivedOn);
    expect(new Date(submitted.receipt.submittedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    // The reply keeps its receipt when read again; the declaration is stored with the version.
    const read = (await client.get(`${url}/FIN`).expect(200)).body as TReply;
    expect(read.receipt).toEqual(submitted.receipt);
    const version = await t.prisma.replyVersion.findFirstOrThrow({ where: { replyId: submitted.id! } });
    expect(version.snapshot).toMatchObject({ declaration: true });
  });

  it('has no receipt before the first submission', async () => {
    const { client } = await focalPoint('MEX');
    expect(((await client.get(`${url}/MEX`).expect(200)).body as TReply).receipt).toBeNull();
    await client.put(`${url}/MEX`, draft('A draft of Mexico.')).expect(200);
    expect(((await client.get(`${url}/MEX`).expect(200)).body as TReply).receipt).toBeNull();
    const refused = await client.get(`${url}/MEX/receipt`).expect(404);
    expect(refused.body.code).toBe('NOT_FOUND');
  });

  it('refuses a declaration that is not ticked, and submits nothing', async () => {
    const { client } = await focalPoint('EGY');
    await client.put(`${url}/EGY`, draft('Egypt reports.')).expect(200);
    const refused = await client.post(`${url}/EGY/submit`, { declaration: false }).expect(400);
    expect(refused.body.errors).toEqual([
      { path: 'declaration', message: 'Tick the declaration to submit the reply.' },
    ]);
    expect(((await client.get(`${url}/EGY`).expect(200)).body as TReply).status).toBe('DRAFT');
  });
});

describe('GET …/replies/:entity/receipt', () => {
  it('gives the focal point a Word receipt of the latest submission, a new reference after a return', async () => {
    const { client } = await focalPoint('CHN', 'Li Wei');
    const chinese = '中国支持防止恐怖分子获取大规模毁灭性武器的各项措施。';
    await client
      .put(`${url}/CHN`, { originalLanguage: 'zh', texts: { zh: { body: chinese } }, version: 0 })
      .expect(200);
    const first = (await client.post(`${url}/CHN/submit`, { declaration: true }).expect(200)).body as TSubmittedReply;
    expect(first.receipt.reference).toBe('A/65/99-CHN-1');

    const english = await receiptText(client, 'CHN', '?lang=en');
    expect(english.disposition).toBe('attachment; filename="receipt-A-65-99-CHN-1.docx"');
    expect(english.text).toContain('Receipt of a reply');
    expect(english.text).toContain('Reference number: A/65/99-CHN-1');
    expect(english.text).toContain('On behalf of: China');
    expect(english.text).toContain(`Date received: ${longEnglishDate(first.receipt.receivedOn)}`);
    expect(english.text).toContain('Original language: Chinese');
    expect(english.text).toContain(`Length of the reply: ${first.lengthCheck!.body.words} words (limit: 50)`);
    expect(english.text).toContain('Executive summary: None');
    expect(english.text).toContain('Original file attached: None');
    expect(english.text).toContain('Li Wei declared submitting this reply on behalf of China.');
    expect(english.text).toContain('What happens next');
    expect(english.text).toContain(chinese);

    // In Chinese: the names, labels and date in Chinese.
    const inChinese = await receiptText(client, 'CHN', '?lang=zh');
    expect(inChinese.text).toContain('答复回执');
    expect(inChinese.text).toContain('编号: A/65/99-CHN-1');
    expect(inChinese.text).toContain('代表: 中国');
    expect(inChinese.text).toContain('Li Wei声明代表中国提交本答复。');

    // Returned, revised and submitted again: the receipt is the new submission's.
    await editor.post(`${url}/CHN/return`, { comment: 'Please add the date of the law.' }).expect(200);
    const returned = (await client.get(`${url}/CHN`).expect(200)).body as TReply;
    expect(returned.receipt?.reference).toBe('A/65/99-CHN-1');
    await client
      .put(`${url}/CHN`, {
        originalLanguage: 'zh',
        texts: { zh: { body: `${chinese}\n该法于2009年通过。` } },
        version: returned.version,
      })
      .expect(200);
    const second = (await client.post(`${url}/CHN/submit`, { declaration: true }).expect(200)).body as TSubmittedReply;
    expect(second.receipt.reference).toBe('A/65/99-CHN-2');
    expect(second.receipt.receivedOn).toBe(first.receipt.receivedOn);
    const again = await receiptText(client, 'CHN', '?lang=en');
    expect(again.text).toContain('Reference number: A/65/99-CHN-2');
    expect(again.text).toContain('该法于2009年通过。');
  });

  it('is written in the user’s own language when none is asked for, right to left in Arabic', async () => {
    const { client } = await focalPoint('MAR', 'Amina');
    await client.patch('/api/auth/me', { language: 'ar' }).expect(200);
    await client.put(`${url}/MAR`, draft('Morocco supports the measures.')).expect(200);
    await client.post(`${url}/MAR/submit`, { declaration: true }).expect(200);
    const arabic = await receiptText(client, 'MAR');
    expect(arabic.text).toContain('إشعار باستلام رد');
    expect(arabic.text).toContain('الرقم المرجعي: A/65/99-MAR-1');
    expect(arabic.text).toContain('Morocco supports the measures.');
    // Arabic paragraphs are right to left, the reference number a left-to-right run inside them.
    expect(arabic.xml).toMatch(/<w:bidi\/>/);
    expect(arabic.xml).toMatch(/<w:rtl\/>/);
    expect(arabic.xml).toMatch(/<w:t xml:space="preserve">A\/65\/99-MAR-1<\/w:t>/);
  });

  it('is for the entity’s focal points and the Secretariat only', async () => {
    const { client: norway } = await focalPoint('NOR');
    await norway.put(`${url}/NOR`, draft('Norway supports the measures.')).expect(200);
    await norway.post(`${url}/NOR/submit`, { declaration: true }).expect(200);
    const { client: peru } = await focalPoint('PER');
    const refused = await peru.get(`${url}/NOR/receipt`).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect(JSON.stringify(refused.body)).not.toContain('Norway supports');
    const { text } = await receiptText(editor, 'NOR', '?lang=en');
    expect(text).toContain('A/65/99-NOR-1');
    await request(t.http).get(`${url}/NOR/receipt`).expect(401);
    expect((await editor.get(`${url}/NOR/receipt?lang=de`).expect(400)).body.code).toBe('VALIDATION');
  });

  it('says when the Secretariat entered the reply as received, with the original file', async () => {
    const spanish = 'España apoya las medidas.';
    await editor
      .put(`${url}/ESP`, {
        originalLanguage: 'es',
        texts: { es: { body: spanish } },
        receivedOn: '2010-05-27',
        version: 0,
      } satisfies TSaveReply)
      .expect(200);
    await editor.agent
      .post(`${url}/ESP/original`)
      .set('x-csrf-token', editor.session.csrfToken)
      .attach('file', MINIMAL_PDF, 'espana.pdf')
      .expect(201);
    const submitted = (await editor.post(`${url}/ESP/submit`).expect(200)).body as TSubmittedReply;
    expect(submitted.receipt).toMatchObject({ reference: 'A/65/99-ESP-1', receivedOn: '2010-05-27' });
    const { text } = await receiptText(editor, 'ESP', '?lang=es');
    expect(text).toContain('Número de referencia: A/65/99-ESP-1');
    expect(text).toContain('Fecha de recepción: 27 de mayo de 2010');
    expect(text).toContain('Introducida por la Secretaría tal como se recibió de España.');
    expect(text).toMatch(/Archivo original adjunto: espana\.pdf \(1 kB\)/);
    expect(text).toMatch(/SHA-256: [0-9a-f]{64}/);
    expect(text).toContain(spanish);
  });
});

function longEnglishDate(iso: string) {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
