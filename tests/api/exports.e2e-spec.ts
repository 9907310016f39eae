import ExcelJS from 'exceljs';
import type { TReply } from '@replies/shared';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { binaryBody, signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
let finland: SignedIn;
const cycle = '/api/cycles/A-66-77';

beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  // A focal point whose name a spreadsheet would run as a formula.
  const f = await createUser(t.prisma, {
    role: 'FOCAL_POINT',
    entityCode: 'FIN',
    name: '=HYPERLINK("http://evil.example","Click")',
    email: 'focal.fin@example.org',
  });
  finland = await signIn(t.http, f.email, f.password);
  await editor
    .post('/api/cycles', cycleBody({ symbol: 'A/66/77', replyWordLimit: 50, summaryWordLimit: 20 }))
    .expect(201);
  await editor
    .post(`${cycle}/invitations`, {
      entityCodes: ['FIN', 'MEX', 'IAEA'],
      channel: 'NOTE_VERBALE',
      sentOn: '2010-02-19',
    })
    .expect(201);
  await editor.post(`${cycle}/reminders`, { entityCodes: ['MEX'], sentOn: '2010-05-01' }).expect(201);
  const draft = (await finland.get(`${cycle}/replies/FIN`).expect(200)).body as TReply;
  await finland
    .put(`${cycle}/replies/FIN`, {
      originalLanguage: 'en',
      texts: { en: { body: 'Finland has taken measures. '.repeat(3) } },
      version: draft.version,
    })
    .expect(200);
  await finland.post(`${cycle}/replies/FIN/submit`).expect(200);
  await editor.post(`${cycle}/replies/FIN/accept`, { decision: 'FULL' }).expect(200);
});
afterAll(() => t.close());

const csvLines = (body: Buffer) => body.subarray(3).toString('utf8').trimEnd().split('\r\n');

describe('exporting the review queue', () => {
  it('gives a CSV with one row per invited entity, readable by Excel (BOM) and with no formula to run', async () => {
    const response = await editor.get(`${cycle}/export/replies.csv`).buffer(true).parse(binaryBody).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="A-66-77-replies.csv"');
    const body = response.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [heading, ...rows] = csvLines(body);
    expect(heading).toBe(
      'Code,Name,Group,Status,Focal points,Invited by,Invited on,Reminders,Received on,Original language,Words,Over the limit,Decision,Addendum',
    );
    expect(rows).toHaveLength(3);
    const finland = rows.find((row) => row.startsWith('FIN,'))!;
    expect(finland).toContain('Finland,State,Accepted,');
    expect(finland).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"") <focal.fin@example.org>"`);
    expect(finland).toMatch(/Note verbale,2010-02-19,,\d{4}-\d{2}-\d{2},English,12,No,Full text,/);
    const mexico = rows.find((row) => row.startsWith('MEX,'))!;
    expect(mexico).toBe('MEX,Mexico,State,Not started,,Note verbale,2010-02-19,2010-05-01,,,,,,');
    expect(rows.find((row) => row.startsWith('IAEA,'))).toContain('United Nations system');
  });

  it('gives an XLSX with a bold frozen heading row, real dates and numbers, headings in the chosen language', async () => {
    const response = await editor
      .get(`${cycle}/export/replies.xlsx?lang=zh`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(response.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('A-66-77');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(1).value).toBe('代码');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = [2, 3, 4].map((n) => sheet.getRow(n));
    const finland = rows.find((row) => row.getCell(1).value === 'FIN')!;
    expect(finland.getCell(2).value).toBe('芬兰');
    expect(finland.getCell(4).value).toBe('已接受');
    expect(finland.getCell(7).value).toEqual(new Date('2010-02-19T00:00:00Z'));
    expect(finland.getCell(11).value).toBe(12);
    // Text stays text, exactly as typed: the cell is a string, not a formula.
    expect(finland.getCell(5).value).toBe(`=HYPERLINK("http://evil.example","Click") <focal.fin@example.org>`);
    expect(finland.getCell(5).type).toBe(ExcelJS.ValueType.String);
  });

  it('refuses other file names and languages, and focal points', async () => {
    expect((await editor.get(`${cycle}/export/replies.pdf`).expect(400)).body.code).toBe('VALIDATION');
    expect((await editor.get(`${cycle}/export/replies.csv?lang=xx`).expect(400)).body.code).toBe('VALIDATION');
    await finland.get(`${cycle}/export/replies.csv`).expect(403);
    await editor.get('/api/cycles/A-1-1/export/replies.csv').expect(404);
  });
});
