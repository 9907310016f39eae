import request from 'supertest';
import { replyReference, type TOutboxMail } from '@replies/shared';
import { DigestService } from '../../apps/api/src/modules/mail/digest.service';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { eventually, linkIn, sendMailThrough, startSmtpServer, type TestSmtpServer } from '../setup/smtp';
import { signIn, startAppOn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let second: TestApp;
let smtp: TestSmtpServer;
let editor: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  // A second portal process on the same database, with its own mail worker.
  second = await startAppOn(t.databaseUrl);
  smtp = await startSmtpServer();
  await sendMailThrough(smtp, [t, second]);
  const user = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, user.email, user.password);
});
afterAll(async () => {
  await second.close();
  await t.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

const STATES = ['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DEU', 'GRC', 'IRL', 'ITA', 'LTU', 'LUX', 'MLT', 'NLD'];
const STATES2 = ['POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'CHE', 'GBR', 'CAN', 'USA', 'JPN', 'KOR', 'AUS', 'NZL'];

it('two portal processes on one database send each mail exactly once', async () => {
  const recipients = new Set<string>();
  for (const code of [...STATES, ...STATES2]) {
    recipients.add((await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: code })).email);
  }
  const { slug, id } = (await editor.post('/api/cycles', cycleBody({ cutoffOn: '2099-01-01' })).expect(201)).body as {
    slug: string;
    id: string;
  };
  // Invitations written through both processes at once.
  const e2 = await createUser(t.prisma, { role: 'EDITOR' });
  const editor2 = await signIn(second.http, e2.email, e2.password);
  await Promise.all([
    editor.post(`/api/cycles/${slug}/invitations`, { entityCodes: STATES, sentOn: '2010-02-19' }).expect(201),
    editor2.post(`/api/cycles/${slug}/invitations`, { entityCodes: STATES2, sentOn: '2010-02-19' }).expect(201),
  ]);
  const total = STATES.length + STATES2.length;
  // Other tests' mail may go through the same server: only this cycle's invitations are counted.
  const ours = () => smtp.received.filter((m) => m.envelope.to.some((to) => recipients.has(to)));
  await eventually(async () => ours().length >= total, 40_000);
  await eventually(async () => {
    const mails = (await editor.get('/api/outbox?status=SENT').expect(200)).body as TOutboxMail[];
    return mails.filter((m) => m.cycleId === id).length === total;
  }, 20_000);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // time for a duplicate, if there were one
  const ids = ours().map((m) => m.parsed.headers.get('x-replies-mail-id'));
  expect(ids).toHaveLength(total);
  expect(new Set(ids).size).toBe(total);
  const stored = await t.prisma.mailOutbox.findMany({ where: { kind: 'INVITATION', cycleId: id } });
  expect(stored.map((m) => m.status)).toEqual(Array(total).fill('SENT'));
}, 90_000);

describe('the focal point is told at each step, in their language', () => {
  let focalPoint: SignedIn;
  let email: string;

  beforeAll(async () => {
    const fp = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN', name: 'Aino Virtanen' });
    email = fp.email;
    focalPoint = await signIn(t.http, fp.email, fp.password);
  });

  /** A cycle of its own, to which Finland is invited. */
  async function invitedCycle() {
    const cycle = (await editor.post('/api/cycles', cycleBody({ cutoffOn: '2099-06-23' })).expect(201)).body as {
      slug: string;
      symbol: string;
    };
    await editor
      .post(`/api/cycles/${cycle.slug}/invitations`, { entityCodes: ['FIN'], sentOn: '2010-02-19' })
      .expect(201);
    return cycle;
  }

  /** Finland's reply, submitted by its focal point. */
  async function submitted(slug: string, body = 'Finland has adopted measures.') {
    await focalPoint
      .put(`/api/cycles/${slug}/replies/FIN`, { originalLanguage: 'en', texts: { en: { body } }, version: 0 })
      .expect(200);
    return (await focalPoint.post(`/api/cycles/${slug}/replies/FIN/submit`).expect(200)).body as {
      receivedOn: string;
    };
  }

  it('receipt on submission: reference number, date received and the text as submitted', async () => {
    const { slug, symbol } = await invitedCycle();
    const body = 'Finland has adopted measures.\n\nSecond paragraph, with “quotes” and ä.';
    const reply = await submitted(slug, body);
    const receipt = await smtp.waitForMail(
      (m) => m.parsed.subject?.startsWith(`Receipt of your reply to ${symbol} `) ?? false,
    );
    const reference = replyReference(symbol, 'FIN', 1);
    expect(reference).toBe(`${symbol}-FIN-1`);
    expect(receipt.envelope.to).toEqual([email]);
    expect(receipt.parsed.subject).toBe(`Receipt of your reply to ${symbol} (${reference})`);
    expect(receipt.parsed.text).toContain(`Reference number: ${reference}`);
    expect(receipt.parsed.text).toMatch(/Date received: \d{1,2} \w+ \d{4}/);
    expect(reply.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(receipt.parsed.text).toContain(body);
    expect(receipt.parsed.html).toContain('Second paragraph, with “quotes” and ä.');
    expect(linkIn(receipt, 'http://localhost')).toBe(`http://localhost:3000/cycles/${slug}/replies/FIN`);
  });

  it('acceptance, then publication with the public link, which works', async () => {
    const { slug, symbol } = await invitedCycle();
    await submitted(slug);
    smtp.received.length = 0;
    await editor.post(`/api/cycles/${slug}/replies/FIN/accept`, { decision: 'FULL' }).expect(200);
    const accepted = await smtp.waitForMail((m) => m.parsed.subject === `Your reply to ${symbol} has been accepted`);
    expect(accepted.parsed.subject).toBe(`Your reply to ${symbol} has been accepted`);
    expect(accepted.parsed.text).toContain(`(reference ${symbol}-FIN-1)`);
    expect(accepted.parsed.text).toContain('Its text will be reproduced in the report.');

    smtp.received.length = 0;
    await editor.post(`/api/cycles/${slug}/publish`, { languages: ['en'] }).expect(201);
    const published = await smtp.waitForMail(
      (m) => m.parsed.subject?.includes(`published with the report ${symbol}`) ?? false,
    );
    expect(published.parsed.subject).toBe(`Your reply has been published with the report ${symbol}`);
    const link = linkIn(published, 'http://localhost:3000/reports/');
    expect(link).toBe(`http://localhost:3000/reports/${slug}/replies/FIN`);
    const page = await request(t.http).get(new URL(link).pathname).expect(200);
    expect(page.text).toContain('Finland has adopted measures.');
  });

  it("editors' daily digest lists the new submissions, once", async () => {
    const { slug, symbol } = await invitedCycle();
    await submitted(slug);
    const digestReader = await createUser(t.prisma, { role: 'EDITOR', name: 'Claire Dubois' });
    await t.prisma.user.update({ where: { id: digestReader.id }, data: { language: 'fr' } });
    smtp.received.length = 0;
    await t.app.get(DigestService).run();
    const digest = await eventually(async () => smtp.received.find((m) => m.envelope.to.includes(digestReader.email)));
    expect(digest.parsed.subject).toMatch(/^Replies : \d+ nouvelles? réponses? \(/);
    expect(digest.parsed.text).toContain(`${symbol} — Finlande, reçue le`);
    expect(digest.parsed.text).toContain(`/cycles/${slug}/review/FIN`);
    // Nothing new since: no second digest.
    expect(await t.app.get(DigestService).run()).toBe(0);
  });
});
