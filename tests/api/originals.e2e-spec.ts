import type { TReply } from '@replies/shared';
import {
  MINIMAL_PDF,
  simpleDocx,
  zerosDeflated,
  wordLikeZip,
} from '../../apps/api/src/modules/replies/originals/test-originals';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { binaryBody, signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let finland: SignedIn;
let mexico: SignedIn;
const url = '/api/cycles/A-65-99/replies';

beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  const editor = await signIn(t.http, e.email, e.password);
  const f = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
  finland = await signIn(t.http, f.email, f.password);
  const m = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'MEX' });
  mexico = await signIn(t.http, m.email, m.password);
  await editor.post('/api/cycles', cycleBody({ symbol: 'A/65/99' })).expect(201);
  await editor
    .post('/api/cycles/A-65-99/invitations', {
      entityCodes: ['FIN', 'MEX'],
      channel: 'NOTE_VERBALE',
      sentOn: '2010-02-19',
    })
    .expect(201);
});
afterAll(() => t.close());

const upload = (client: SignedIn, entity: string, bytes: Buffer, name: string) =>
  client.agent
    .post(`${url}/${entity}/original`)
    .set('x-csrf-token', client.session.csrfToken)
    .attach('file', bytes, name);

describe('uploading the original', () => {
  it('extracts the text of a DOCX, keeps the file byte for byte, and lets the open form save on', async () => {
    const docx = await simpleDocx('1. Finland has adopted national measures.', '芬兰采取了国家措施。');
    const response = await upload(finland, 'FIN', docx, 'Reply of Finland.docx').expect(201);
    expect(response.body.extractedText).toContain('1. Finland has adopted national measures.');
    expect(response.body.extractedText).toContain('芬兰采取了国家措施。');
    expect(response.body.attachment).toMatchObject({
      fileName: 'Reply of Finland.docx',
      size: docx.length,
      mediaType: expect.stringContaining('wordprocessingml'),
    });

    const download = await finland.get(`${url}/FIN/original`).buffer(true).parse(binaryBody).expect(200);
    expect(Buffer.compare(download.body as Buffer, docx)).toBe(0);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Reply%20of%20Finland.docx");

    const reply = (await finland.get(`${url}/FIN`).expect(200)).body as TReply;
    expect(reply.attachment?.fileName).toBe('Reply of Finland.docx');
    expect(reply.version).toBe(0);
    await finland
      .put(`${url}/FIN`, { originalLanguage: 'en', texts: { en: { body: response.body.extractedText } }, version: 0 })
      .expect(200);
  });

  it('accepts a PDF whatever its name says, and keeps it without extracting text', async () => {
    const response = await upload(mexico, 'MEX', MINIMAL_PDF, 'respuesta.docx').expect(201);
    expect(response.body).toMatchObject({
      extractedText: null,
      attachment: { fileName: 'respuesta.pdf', mediaType: 'application/pdf' },
    });
  });

  it('refuses by content a file that is not DOCX or PDF, leaving the draft untouched (415)', async () => {
    const before = (await finland.get(`${url}/FIN`).expect(200)).body as TReply;
    const fake = await upload(
      finland,
      'FIN',
      Buffer.from('Just some text pretending to be Word.'),
      'reply.docx',
    ).expect(415);
    expect(fake.body).toEqual({ code: 'UNSUPPORTED_FILE', message: expect.stringContaining('plain-text file') });
    expect((await finland.get(`${url}/FIN`).expect(200)).body).toEqual(before);
  });

  it('refuses a file over 10 MB (413) and an archive that expands suspiciously (413)', async () => {
    const big = await upload(finland, 'FIN', Buffer.alloc(10 * 1024 * 1024 + 1, 1), 'big.pdf').expect(413);
    expect(big.body.code).toBe('FILE_TOO_LARGE');
    const bomb = zerosDeflated(150);
    const archive = wordLikeZip({ name: 'word/media/zeros.bin', deflated: bomb });
    const suspicious = await upload(finland, 'FIN', archive, 'bomb.docx').expect(413);
    expect(suspicious.body.code).toBe('SUSPICIOUS_ARCHIVE');
  });

  it("refuses an upload without a file, and one to another entity's reply", async () => {
    const none = await finland.agent
      .post(`${url}/FIN/original`)
      .set('x-csrf-token', finland.session.csrfToken)
      .expect(400);
    expect(none.body.code).toBe('NO_FILE');
    await upload(mexico, 'FIN', MINIMAL_PDF, 'x.pdf').expect(403);
  });
});
