import type { TCreateOrganization, TEntity } from '@replies/shared';
import { loadReferenceData } from '../../apps/api/src/modules/entities/load-reference-data';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let focal: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  const f = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
  focal = await signIn(t.http, f.email, f.password);
});
afterAll(() => t.close());

describe('reference data', () => {
  it('holds the 197 States with their names in the six languages, coded by ISO alpha-3', async () => {
    const response = await focal.get('/api/entities?type=STATE').expect(200);
    const states = response.body as TEntity[];
    expect(states).toHaveLength(197);
    expect(states.find((s) => s.code === 'FIN')).toEqual({
      code: 'FIN',
      type: 'STATE',
      names: { en: 'Finland', fr: 'Finlande (la)', es: 'Finlandia', ru: 'Финляндия', zh: '芬兰', ar: 'فنلندا' },
    });
    expect(states.map((s) => s.code)).toEqual(expect.arrayContaining(['VAT', 'PSE', 'COK', 'NIU']));
    expect(states[0].names.en).toBe('Afghanistan');
  });

  it('holds the 14 organizations of A/65/99 in their groups', async () => {
    const un = (await focal.get('/api/entities?type=UN_SYSTEM').expect(200)).body as TEntity[];
    const other = (await focal.get('/api/entities?type=OTHER').expect(200)).body as TEntity[];
    expect(un.map((e) => e.code).sort()).toEqual(['IAEA', 'ICAO', 'IMO', 'UNODC']);
    expect(other).toHaveLength(10);
    expect(other.find((e) => e.code === 'OPCW')?.names).toEqual({
      en: 'Organisation for the Prohibition of Chemical Weapons',
      fr: "Organisation pour l'interdiction des armes chimiques",
      es: 'Organización para la Prohibición de las Armas Químicas',
      ru: 'Организация по запрещению химического оружия',
      zh: '禁止化学武器组织',
      ar: 'منظمة حظر الأسلحة الكيميائية',
    });
    // No UN text gives the Oceania Customs Organisation's name outside English and Chinese (SOURCES.md).
    expect(other.find((e) => e.code === 'OCO')?.names).toMatchObject({ fr: null, ar: null, zh: '大洋洲海关组织' });
    const all = (await focal.get('/api/entities').expect(200)).body as TEntity[];
    expect(all).toHaveLength(211);
  });

  it('refuses an unknown type with a clear 400', async () => {
    const response = await focal.get('/api/entities?type=PLANET').expect(400);
    expect(response.body.errors[0].path).toBe('type');
  });
});

describe('administering entities', () => {
  // The reference data tests above read the entities as loaded: these changes happen on a database of their own.
  let t: TestApp;
  let admin: SignedIn;
  let focal: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    const a = await createUser(t.prisma, { role: 'ADMIN' });
    admin = await signIn(t.http, a.email, a.password);
    const f = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'FIN' });
    focal = await signIn(t.http, f.email, f.password);
  });
  afterAll(() => t.close());

  const organization = {
    code: 'OSCE',
    type: 'OTHER',
    acronymEn: 'OSCE',
    names: {
      en: 'Organization for Security and Co-operation in Europe',
      fr: 'Organisation pour la sécurité et la coopération en Europe',
      zh: '欧洲安全与合作组织',
    },
  } satisfies TCreateOrganization;

  it('adds an organization, then answers 409 for the same code', async () => {
    const created = await admin.post('/api/entities', organization).expect(201);
    expect(created.body).toEqual({
      code: 'OSCE',
      type: 'OTHER',
      names: { ...organization.names, es: null, ru: null, ar: null },
    });
    const again = await admin.post('/api/entities', { ...organization, code: 'osce' }).expect(409);
    expect(again.body.code).toBe('ENTITY_EXISTS');
  });

  it('completes the names of an organization in other languages', async () => {
    const response = await admin
      .patch('/api/entities/OCO', {
        names: { fr: 'Organisation douanière de l’Océanie', es: 'Organización Aduanera de Oceanía' },
      })
      .expect(200);
    expect(response.body.names).toMatchObject({
      en: 'Oceania Customs Organisation',
      fr: 'Organisation douanière de l’Océanie',
      es: 'Organización Aduanera de Oceanía',
      zh: '大洋洲海关组织',
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { targetType: 'Entity', targetId: 'OCO' },
      orderBy: { id: 'desc' },
    });
    expect(audit.before).toMatchObject({ names: { fr: null } });
  });

  it('reloads the reference data at start-up into the names no administrator has edited', async () => {
    // An administrator gives the Oceania Customs Organisation the Arabic name the reference data leaves empty.
    await admin.patch('/api/entities/OCO', { names: { ar: 'منظمة الجمارك لأوقيانوسيا' } }).expect(200);
    // An administrator corrects the Arabic name of ICAO, and sends the other names back unchanged.
    const icao = (await admin.get('/api/entities/ICAO').expect(200)).body as TEntity;
    await admin.patch('/api/entities/ICAO', { names: { ...icao.names, ar: 'منظمة الطيران المدني الدولي (إيكاو)' } });
    // A database filled before the reference data had these names, or with an older spelling.
    await t.prisma.entity.update({
      where: { code: 'ICAO' },
      data: { nameFr: null, nameRu: 'Старое название', acronymFr: null },
    });
    // …and whose last load was of older files: a start that finds the same files loads nothing.
    expect(await loadReferenceData(t.prisma)).toMatchObject({ unchanged: true, updated: 0 });
    await t.prisma.referenceDataLoad.deleteMany();
    const load = await loadReferenceData(t.prisma);
    expect(load).toMatchObject({ unchanged: false });
    expect(load.updated).toBeGreaterThanOrEqual(1);
    const after = await t.prisma.entity.findUniqueOrThrow({ where: { code: 'ICAO' } });
    expect(after).toMatchObject({
      nameFr: "Organisation de l'aviation civile internationale",
      nameRu: 'Международная организация гражданской авиации',
      acronymFr: 'OACI',
      nameAr: 'منظمة الطيران المدني الدولي (إيكاو)',
      editedFields: ['nameAr'],
    });
    // The names completed in the portal that the reference data leaves empty are kept too.
    expect((await admin.get('/api/entities/OCO').expect(200)).body.names.ar).toBe('منظمة الجمارك لأوقيانوسيا');
  });

  it('keeps States as States', async () => {
    const response = await admin.patch('/api/entities/FIN', { type: 'OTHER' }).expect(400);
    expect(response.body.errors[0].path).toBe('type');
  });

  it('lets only administrators change entities', async () => {
    await focal.post('/api/entities', { ...organization, code: 'NOPE' }).expect(403);
    await focal.patch('/api/entities/FIN', { names: { en: 'Suomi' } }).expect(403);
    expect((await admin.get('/api/entities/FIN').expect(200)).body.names.en).toBe('Finland');
  });
});
