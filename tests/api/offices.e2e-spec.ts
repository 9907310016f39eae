import type { TCreateOffice, TCycle, TOffice } from '@replies/shared';
import { loadReferenceData } from '../../apps/api/src/modules/entities/load-reference-data';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
});
afterAll(() => t.close());

describe('offices as reference data', () => {
  it('lists the ten offices of offices.csv with their names in six languages and website', async () => {
    const offices = (await editor.get('/api/offices').expect(200)).body as TOffice[];
    expect(offices.map((o) => o.code)).toEqual(
      expect.arrayContaining(['ODA', 'OHCHR', 'UNODC', 'DESA', 'OLA', 'OCHA', 'DPPA', 'UNOOSA', 'UN-Women', 'DGC']),
    );
    expect(offices.find((o) => o.code === 'OHCHR')).toEqual({
      code: 'OHCHR',
      names: {
        en: 'Office of the United Nations High Commissioner for Human Rights',
        fr: "Haut-Commissariat des Nations Unies aux droits de l'homme",
        es: 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
        ru: 'Управление Верховного комиссара Организации Объединенных Наций по правам человека',
        zh: '联合国人权事务高级专员办事处',
        ar: 'مفوضية الأمم المتحدة السامية لحقوق الإنسان',
      },
      website: 'https://www.ohchr.org/',
      email: null,
    });
    // Left empty in the reference data where no UN source gives the name (SOURCES.md).
    expect(offices.find((o) => o.code === 'DPPA')?.names.ru).toBeNull();
  });
});

describe('administering offices', () => {
  // The reference data test above reads the offices as loaded: these changes happen on a database of their own.
  let t: TestApp;
  let admin: SignedIn;
  let editor: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    const a = await createUser(t.prisma, { role: 'ADMIN' });
    admin = await signIn(t.http, a.email, a.password);
    const e = await createUser(t.prisma, { role: 'EDITOR' });
    editor = await signIn(t.http, e.email, e.password);
  });
  afterAll(() => t.close());

  const office = {
    code: 'UNOCT',
    names: { en: 'Office of Counter-Terrorism', fr: 'Bureau de lutte contre le terrorisme' },
    website: 'https://www.un.org/counterterrorism/',
  } satisfies TCreateOffice;

  it('adds an office, then answers 409 for the same code in any case', async () => {
    const created = await admin.post('/api/offices', office).expect(201);
    expect(created.body).toEqual({
      code: 'UNOCT',
      names: { ...office.names, es: null, ru: null, zh: null, ar: null },
      website: 'https://www.un.org/counterterrorism/',
      email: null,
    });
    const again = await admin.post('/api/offices', { ...office, code: 'unoct' }).expect(409);
    expect(again.body.code).toBe('OFFICE_EXISTS');
  });

  it('refuses a code or website it cannot use, naming the field', async () => {
    const response = await admin
      .post('/api/offices', { code: 'a b', names: { en: 'X' }, website: 'ftp://example.org' })
      .expect(400);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['code', 'website']);
  });

  it('completes an office’s names, keeps them through a reload of the reference data, and audits the change', async () => {
    await admin.patch('/api/offices/dppa', {
      names: { ru: 'Департамент по политическим вопросам и миростроительству' },
    });
    await admin.patch('/api/offices/ODA', { website: 'https://disarmament.unoda.org/' }).expect(200);
    // A reload that does write (the last load forgotten, as after new reference files).
    await t.prisma.referenceDataLoad.deleteMany();
    expect(await loadReferenceData(t.prisma)).toMatchObject({ unchanged: false });
    const offices = (await editor.get('/api/offices').expect(200)).body as TOffice[];
    expect(offices.find((o) => o.code === 'DPPA')?.names.ru).toBe(
      'Департамент по политическим вопросам и миростроительству',
    );
    expect(offices.find((o) => o.code === 'ODA')?.website).toBe('https://disarmament.unoda.org/');
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { targetType: 'Office', targetId: 'ODA' } });
    expect(audit).toMatchObject({ action: 'office.update', before: { website: 'https://www.un.org/disarmament/' } });
  });

  it('keeps the office’s mailbox, written in lower case, and clears it with an empty field', async () => {
    await admin.post('/api/offices', { code: 'UNOPS', names: { en: 'UN Office for Project Services' } }).expect(201);
    const set = await admin.patch('/api/offices/UNOPS', { email: ' Replies@UNOPS.org ' }).expect(200);
    expect(set.body.email).toBe('replies@unops.org');
    const listed = (await editor.get('/api/offices').expect(200)).body as TOffice[];
    expect(listed.find((o) => o.code === 'UNOPS')?.email).toBe('replies@unops.org');
    const cleared = await admin.patch('/api/offices/UNOPS', { email: '' }).expect(200);
    expect(cleared.body.email).toBeNull();
  });

  it.each([
    ['a second header', 'replies@un.org\r\nBcc: everyone@example.org'],
    ['a display name', 'Replies <replies@un.org>'],
    ['two addresses', 'a@un.org, b@un.org'],
    ['no domain', 'replies@'],
  ])('refuses an e-mail address with %s, naming the field', async (_, email) => {
    const response = await admin
      .post('/api/offices', { code: 'BADMAIL', names: { en: 'Bad mail office' }, email })
      .expect(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(['email']);
  });

  it('answers 404 for an office that does not exist', async () => {
    await admin.patch('/api/offices/NOPE', { website: null }).expect(404);
  });
});

describe('the office of a cycle', () => {
  it('is named by code, case aside, and returned with its names', async () => {
    const cycle = (await editor.post('/api/cycles', cycleBody({ officeCode: 'ohchr' })).expect(201)).body as TCycle;
    expect(cycle.office).toMatchObject({ code: 'OHCHR', names: { zh: '联合国人权事务高级专员办事处' } });
  });

  it('must be one of the offices', async () => {
    const response = await editor.post('/api/cycles', cycleBody({ officeCode: 'NOPE' })).expect(400);
    expect(response.body.errors).toEqual([{ path: 'officeCode', message: 'Choose one of the offices listed.' }]);
  });
});
