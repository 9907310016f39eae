import type { TCycle, TCycleDashboard, TInvitation, TInvitationResult, TOutboxMail } from '@replies/shared';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
let finland: SignedIn;
let iaea: SignedIn;
let finlandEmail: string;

beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  const f = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
  finlandEmail = f.email;
  finland = await signIn(t.http, f.email, f.password);
  await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
  const i = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'IAEA' });
  iaea = await signIn(t.http, i.email, i.password);
  await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'MEX', disabled: true });
});
afterAll(() => t.close());

/** A cycle of its own, cut-off in 2099, with its address. */
async function newCycle() {
  const cycle = (await editor.post('/api/cycles', cycleBody({ cutoffOn: '2099-06-23' })).expect(201)).body as TCycle;
  return { cycle, url: `/api/cycles/${cycle.slug}` };
}

const inviteStates = (url: string) =>
  editor.post(`${url}/invitations`, { groups: ['STATE'], channel: 'NOTE_VERBALE', sentOn: '2010-02-19' }).expect(201);
const inviteOrganizations = (url: string) =>
  editor
    .post(`${url}/invitations`, {
      groups: ['UN_SYSTEM'],
      entityCodes: ['FIN', 'OPCW'],
      channel: 'LETTER',
      sentOn: '2010-02-17',
    })
    .expect(201);

describe('inviting', () => {
  it('invites all States in one click and mails the note verbale to each active focal point', async () => {
    const { cycle, url } = await newCycle();
    const response = await inviteStates(url);
    expect(response.body).toMatchObject({ invited: 197, alreadyInvited: 0, mailsQueued: 2 });
    // Everyone but Finland (Mexico's only focal point is disabled): nobody received their note verbale.
    const without = (response.body as TInvitationResult).withoutFocalPoint;
    expect(without).toHaveLength(196);
    expect(without.map((e) => e.code)).toEqual(expect.arrayContaining(['MEX', 'AFG']));
    expect(without.map((e) => e.code)).not.toContain('FIN');
    expect(without.find((e) => e.code === 'MEX')).toEqual({ code: 'MEX', names: { en: 'Mexico', zh: '墨西哥' } });

    const mails = await t.prisma.mailOutbox.findMany({ where: { cycleId: cycle.id }, orderBy: { to: 'asc' } });
    expect(mails.map((m) => m.entityCode)).toEqual(['FIN', 'FIN']);
    expect(mails.map((m) => m.to)).toContain(finlandEmail);
    expect(mails[0].subject).toBe(`Request for views under General Assembly resolution 64/38 (${cycle.symbol})`);
    expect(mails[0].body).toContain('Permanent Representative of Finland to the United Nations');
    expect(mails[0].body).toContain('no later than 23 June 2099');
    expect(mails[0].body).toContain('sixty-fifth session');
    expect(mails[0].body).toContain(`/cycles/${cycle.slug}`);
  });

  it('invites organizations by group, and counts those already invited', async () => {
    const { cycle, url } = await newCycle();
    await editor
      .post(`${url}/invitations`, { entityCodes: ['FIN'], channel: 'NOTE_VERBALE', sentOn: '2010-02-19' })
      .expect(201);
    const response = await inviteOrganizations(url);
    expect(response.body).toMatchObject({ invited: 5, alreadyInvited: 1, mailsQueued: 1 });
    expect((response.body as TInvitationResult).withoutFocalPoint.map((e) => e.code).sort()).toEqual([
      'ICAO',
      'IMO',
      'OPCW',
      'UNODC',
    ]);
    const letter = await t.prisma.mailOutbox.findFirstOrThrow({ where: { cycleId: cycle.id, entityCode: 'IAEA' } });
    expect(letter.body).toContain('On behalf of the Secretary-General');
    expect(letter.body).toContain('only new information');
  });

  it('refuses unknown entities and an empty choice, inviting nobody', async () => {
    const { url } = await newCycle();
    const before = await t.prisma.invitation.count();
    const unknown = await editor
      .post(`${url}/invitations`, { entityCodes: ['ZZZ'], channel: 'LETTER', sentOn: '2010-02-17' })
      .expect(400);
    expect(unknown.body.errors[0]).toEqual({ path: 'entityCodes', message: 'Unknown States or organizations: ZZZ.' });
    await editor.post(`${url}/invitations`, { channel: 'LETTER', sentOn: '2010-02-17' }).expect(400);
    await editor
      .post(`${url}/invitations`, { entityCodes: ['CARICOM'], channel: 'FAX', sentOn: '2010-02-17' })
      .expect(400);
    expect(await t.prisma.invitation.count()).toBe(before);
  });

  it('lists invitations with channel, date, focal points and reply status', async () => {
    const { url } = await newCycle();
    await inviteStates(url);
    await inviteOrganizations(url);
    const list = (await editor.get(`${url}/invitations`).expect(200)).body as TInvitation[];
    expect(list).toHaveLength(202);
    expect(list.find((i) => i.entityCode === 'FIN')).toEqual({
      entityCode: 'FIN',
      entityType: 'STATE',
      names: { en: 'Finland', zh: '芬兰' },
      channel: 'NOTE_VERBALE',
      sentOn: '2010-02-19',
      reminders: [],
      focalPoints: 2,
      invitedFocalPoints: 0,
      replyStatus: null,
    });
    expect(list.find((i) => i.entityCode === 'MEX')?.focalPoints).toBe(0);
  });
});

describe('the request text', () => {
  it('is readable by the invited focal point in English and Chinese, and by nobody else', async () => {
    const { url } = await newCycle();
    await inviteStates(url);
    const english = await finland.get(`${url}/request?lang=en`).expect(200);
    expect(english.body.channel).toBe('NOTE_VERBALE');
    expect(english.body.body).toContain('the Government of Finland');
    const chinese = await finland.get(`${url}/request?lang=zh`).expect(200);
    expect(chinese.body.body).toContain('芬兰政府');
    expect(chinese.body.body).toContain('大会第六十五届会议');
    expect(chinese.body.body).toContain('2099年6月23日');
    expect(chinese.body.body).toContain('防止恐怖分子获取大规模毁灭性武器的措施');
    await finland.get(`${url}/request?entity=MEX`).expect(403);
    const forEditor = await editor.get(`${url}/request?lang=en&entity=NLD`).expect(200);
    expect(forEditor.body.body).toContain('Permanent Representative of the Netherlands');
  });
});

describe('reminders and the dashboard', () => {
  it('reminds only those who have not submitted, and the dashboard counts them', async () => {
    const { cycle, url } = await newCycle();
    await inviteStates(url);
    await inviteOrganizations(url);
    await finland
      .put(`${url}/replies/FIN`, {
        originalLanguage: 'en',
        texts: { en: { body: 'Finland supports the resolution.' } },
        version: 0,
      })
      .expect(200);
    await iaea
      .put(`${url}/replies/IAEA`, {
        originalLanguage: 'en',
        texts: { en: { body: 'The Agency reports.' } },
        version: 0,
      })
      .expect(200);
    await iaea.post(`${url}/replies/IAEA/submit`).expect(200);

    const before = await t.prisma.mailOutbox.count({ where: { kind: 'REMINDER' } });
    const reminders = await editor.post(`${url}/reminders`, { sentOn: '2010-05-01' }).expect(201);
    expect(reminders.body).toEqual({ reminded: 201, mailsQueued: 2 });
    expect((await t.prisma.mailOutbox.count({ where: { kind: 'REMINDER' } })) - before).toBe(2);
    const reminderMails = await t.prisma.mailOutbox.findMany({ where: { kind: 'REMINDER', cycleId: cycle.id } });
    expect(reminderMails).toHaveLength(2);
    expect(reminderMails.every((m) => m.entityCode === 'FIN' && m.subject.startsWith('Reminder:'))).toBe(true);

    const list = (await editor.get(`${url}/invitations`).expect(200)).body as TInvitation[];
    expect(list.find((i) => i.entityCode === 'FIN')?.reminders).toEqual(['2010-05-01']);
    expect(list.find((i) => i.entityCode === 'IAEA')?.reminders).toEqual([]);

    const dashboard = (await editor.get(`${url}/dashboard`).expect(200)).body as TCycleDashboard;
    expect(dashboard).toMatchObject({ invited: 202, drafting: 1, submitted: 1, notReplied: 201, accepted: 0 });
    expect(dashboard.byGroup.UN_SYSTEM).toEqual({ invited: 4, replied: 1 });
    expect(dashboard.daysToCutoff).toBeGreaterThan(0);
    expect(dashboard.withoutFocalPoint).toBe(200);
  });

  it('shows the outbox to editors and to nobody else', async () => {
    const { cycle, url } = await newCycle();
    await inviteOrganizations(url);
    const outbox = (await editor.get('/api/outbox').expect(200)).body as TOutboxMail[];
    const ours = outbox.filter((mail) => mail.cycleId === cycle.id);
    expect(ours.map((mail) => mail.entityCode).sort()).toEqual(['FIN', 'FIN', 'IAEA']);
    // No mail server in this test: the mail is kept in the outbox, not queued for sending, and says so.
    const mail = ours.find((m) => m.entityCode === 'IAEA')!;
    expect(mail).toMatchObject({ to: expect.any(String), subject: expect.any(String), status: 'HELD' });
    expect((await finland.get('/api/mail/settings').expect(200)).body).toEqual({ configured: false });
    const retry = await editor.post(`/api/outbox/${mail.id}/retry`).expect(409);
    expect(retry.body.code).toBe('NO_MAIL_SERVER');
    const cancelled = await editor.post(`/api/outbox/${mail.id}/cancel`).expect(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    await finland.get('/api/outbox').expect(403);
    await finland
      .post(`${url}/invitations`, { entityCodes: ['FIN'], channel: 'LETTER', sentOn: '2010-02-17' })
      .expect(403);
    await finland.get(`${url}/dashboard`).expect(403);
  });
});
