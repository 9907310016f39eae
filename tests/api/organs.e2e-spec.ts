import type { TCreateCycle, TCycle, TIntroductionDraft } from '@replies/shared';
import type { ReportDocument } from '../../apps/api/src/modules/compilation/model/report-model';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let editor: SignedIn;
let swiss: SignedIn;

/** A Human Rights Council cycle compiled by OHCHR, its mandate and request written in English and French. */
const HRC = {
  symbol: 'A/HRC/55/30',
  resolution: '52/10',
  organ: 'HUMAN_RIGHTS_COUNCIL',
  officeCode: 'OHCHR',
  session: 55,
  sessionDates: { from: '2024-02-26', to: '2024-04-05' },
  agenda: { kind: 'ADOPTED', item: '3' },
  issuedOn: '2024-01-31',
  title: { en: 'Question of the death penalty', fr: 'Question de la peine de mort' },
  mandate: {
    en: 'In its resolution 52/10, the Human Rights Council requested the Secretary-General to seek the views of States on the question of the death penalty and to report to the Council at its fifty-fifth session.',
  },
  request: { en: 'to share their views on the question of the death penalty' },
  noteVerbaleOn: '2024-01-10',
  orgLettersOn: [],
  cutoffOn: '2024-01-25',
  replyWordLimit: 2000,
  summaryWordLimit: 500,
  observations: { en: 'The Secretary-General welcomes the replies received.' },
} satisfies TCreateCycle;

beforeAll(async () => {
  t = await startTestApp();
  const e = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, e.email, e.password);
  const f = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'CHE' });
  swiss = await signIn(t.http, f.email, f.password);
  await editor.post('/api/cycles', HRC).expect(201);
  await editor
    .post('/api/cycles/A-HRC-55-30/invitations', {
      entityCodes: ['CHE'],
      channel: 'NOTE_VERBALE',
      sentOn: '2024-01-10',
    })
    .expect(201);
  const url = '/api/cycles/A-HRC-55-30/replies/CHE';
  await editor
    .put(url, {
      originalLanguage: 'en',
      receivedOn: '2024-01-20',
      texts: { en: { body: 'Switzerland opposes the death penalty in all circumstances.' } },
      version: 0,
    })
    .expect(200);
  await editor.post(`${url}/submit`).expect(200);
  await editor.post(`${url}/accept`, { decision: 'FULL' }).expect(200);
}, 60_000);
afterAll(() => t.close());

describe('a Human Rights Council cycle compiled by OHCHR', () => {
  it('keeps the organ, office, session dates, agenda and texts it was given', async () => {
    const cycle = (await editor.get('/api/cycles/A-HRC-55-30').expect(200)).body as TCycle;
    expect(cycle).toMatchObject({
      organ: 'HUMAN_RIGHTS_COUNCIL',
      office: { code: 'OHCHR' },
      session: 55,
      sessionDates: { from: '2024-02-26', to: '2024-04-05' },
      agenda: { kind: 'ADOPTED', item: '3', listSymbol: null },
      issuedOn: '2024-01-31',
      reportLanguage: 'en',
      orgLettersOn: [],
      request: { en: 'to share their views on the question of the death penalty' },
    });
  });

  it('prints the header of a Human Rights Council document, in JSON as in HTML', async () => {
    const report = '/api/cycles/A-HRC-55-30/report';
    const json = (await editor.get(`${report}?lang=en&format=json`).expect(200)).body as ReportDocument;
    expect(json.header).toEqual({
      organ: 'General Assembly',
      body: 'Human Rights Council',
      symbol: 'A/HRC/55/30',
      distributionLanguage: 'en',
      distribution: 'Distr.: General',
      issuedOn: '31 January 2024',
      versionLanguage: null,
      originalLanguage: 'Original: English',
      session: 'Fifty-fifth session',
      sessionDates: '26 February–5 April 2024',
      agenda: 'Agenda item 3',
      agendaFootnote: null,
      title: 'Question of the death penalty',
      subtitle: 'Report of the Secretary-General',
    });
    const html = (await editor.get(`${report}?lang=fr&format=html`).expect(200)).text;
    expect(html).toContain('<p class="body">Conseil des droits de l&#39;homme</p>');
    expect(html).toContain('<p class="session-dates">26 février-5 avril 2024</p>');
    expect(html).toContain('<p class="distr">Distr. générale</p>');
    expect(html).toContain('<p class="original-language">Original : anglais</p>');
  });

  it('writes the introduction from the cycle: its mandate, the note verbale alone, its request wording', async () => {
    const json = (await editor.get('/api/cycles/A-HRC-55-30/report?lang=en&format=json').expect(200))
      .body as ReportDocument;
    const [introduction, states, observations] = json.sections;
    expect(introduction.paragraphs.map((p) => p.text)).toEqual([
      `${HRC.mandate.en} The present report is submitted pursuant to that request.`,
      'Pursuant to that request, on 10 January 2024, a note verbale was sent to Member States inviting them to share their views on the question of the death penalty.',
      'As at 25 January 2024, a reply had been received from Switzerland. The reply, or its executive summary, is reproduced in section II of the present report.',
      'Any additional replies received will be issued as addenda to the present report.',
    ]);
    expect(states.heading).toBe('Replies received from Governments');
    expect(observations).toMatchObject({
      id: 'observations',
      number: 'III',
      heading: 'Observations',
      paragraphs: [{ number: 5, text: 'The Secretary-General welcomes the replies received.' }],
    });
  });

  it('lets the editor rewrite a paragraph in one language, shows it beside the generated one, and resets it', async () => {
    await editor
      .patch('/api/cycles/A-HRC-55-30', {
        introduction: {
          fr: { requests: 'Le 10 janvier 2024, le Haut-Commissariat a adressé une note verbale aux États.' },
        },
      })
      .expect(200);
    const draft = (await editor.get('/api/cycles/A-HRC-55-30/report/introduction?lang=fr').expect(200))
      .body as TIntroductionDraft;
    expect(draft.paragraphs.find((p) => p.key === 'requests')).toEqual({
      key: 'requests',
      generated:
        'Comme suite à cette demande, le 10 janvier 2024, une note verbale a été adressée aux États Membres pour les inviter à communiquer des informations sur la question.',
      text: 'Le 10 janvier 2024, le Haut-Commissariat a adressé une note verbale aux États.',
    });
    const fr = (await editor.get('/api/cycles/A-HRC-55-30/report?lang=fr&format=json').expect(200))
      .body as ReportDocument;
    expect(fr.sections[0].paragraphs[1]).toMatchObject({
      key: 'requests',
      edited: true,
      text: 'Le 10 janvier 2024, le Haut-Commissariat a adressé une note verbale aux États.',
    });
    // The French report still lacks what the original gives: its mandate, request and observations.
    const checks = (await editor.get('/api/cycles/A-HRC-55-30/report/checks?lang=fr').expect(200)).body;
    expect(checks.missingCycleFields).toEqual([
      { field: 'mandate', language: 'fr' },
      { field: 'request', language: 'fr' },
      { field: 'observations', language: 'fr' },
    ]);
    await editor.patch('/api/cycles/A-HRC-55-30', { introduction: { fr: { requests: '' } } }).expect(200);
    const reset = (await editor.get('/api/cycles/A-HRC-55-30/report/introduction?lang=fr').expect(200))
      .body as TIntroductionDraft;
    expect(reset.paragraphs.find((p) => p.key === 'requests')?.text).toBeNull();
  });

  it('asks in the note verbale what the report says was asked, and names the organ and the office', async () => {
    const letter = (await swiss.get('/api/cycles/A-HRC-55-30/request?lang=en').expect(200)).body;
    expect(letter.subject).toBe('Request for views under Human Rights Council resolution 52/10 (A/HRC/55/30)');
    expect(letter.body).toContain(
      'has the honour to refer to Human Rights Council resolution 52/10, entitled "Question of the death penalty".',
    );
    expect(letter.body).toContain(`\n\n${HRC.mandate.en}\n\n`);
    expect(letter.body).toContain(
      'the Secretary-General invites the Government of Switzerland to share their views on the question of the death penalty, for inclusion in his report to the Human Rights Council at its fifty-fifth session.',
    );
    expect(letter.body).toContain(
      'the full text will be published on the website of the Office of the United Nations High Commissioner for Human Rights.',
    );
    const chinese = (await swiss.get('/api/cycles/A-HRC-55-30/request?lang=zh').expect(200)).body;
    expect(chinese.body).toContain('人权理事会第五十五届会议');
    expect(chinese.body).toContain('联合国人权事务高级专员办事处网站');
    // No Chinese mandate was written: the letter carries the one the Chinese report would print.
    expect(chinese.body).toContain('人权理事会在其题为“Question of the death penalty”的第 52/10 号决议中');
    const mail = await t.prisma.mailOutbox.findFirstOrThrow({ where: { entityCode: 'CHE' } });
    expect(mail.body).toContain('to share their views on the question of the death penalty');
  });
});

describe('the rules of each organ', () => {
  it('keeps no session for the Security Council, and asks the Economic and Social Council for its year', async () => {
    const council = (
      await editor
        .post(
          '/api/cycles',
          cycleBody({
            symbol: 'S/2024/101',
            resolution: '2325 (2016)',
            organ: 'SECURITY_COUNCIL',
            session: 65,
            agenda: null,
          }),
        )
        .expect(201)
    ).body as TCycle;
    expect(council.session).toBeNull();
    const report = (await editor.get('/api/cycles/S-2024-101/report?lang=en&format=json').expect(200))
      .body as ReportDocument;
    expect(report.header).toMatchObject({ organ: 'Security Council', session: null });
    expect(report.sections[0].paragraphs[0].text).toContain('In its resolution 64/38, the General Assembly');

    const ecosoc = await editor
      .post('/api/cycles', cycleBody({ symbol: 'E/2024/50', organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', session: 65 }))
      .expect(400);
    expect(ecosoc.body.errors).toEqual([{ path: 'session', message: 'Enter the year of the session, e.g. 2024.' }]);
    await editor
      .post('/api/cycles', cycleBody({ symbol: 'E/2024/50', organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', session: 2024 }))
      .expect(201);
    const assembly = await editor.post('/api/cycles', cycleBody({ session: null })).expect(400);
    expect(assembly.body.errors).toEqual([{ path: 'session', message: 'Enter the session number, e.g. 65.' }]);
  });

  it('needs the symbol of a provisional agenda or preliminary list, and a title in the report’s language', async () => {
    const agenda = await editor
      .post('/api/cycles', cycleBody({ agenda: { kind: 'PROVISIONAL', item: '97 (y)' } }))
      .expect(400);
    expect(agenda.body.errors.map((e: { path: string }) => e.path)).toEqual(['agenda.listSymbol']);
    const item = await editor.post('/api/cycles', cycleBody({ agenda: { kind: 'ADOPTED', item: 'y' } })).expect(400);
    expect(item.body.errors[0].path).toBe('agenda.item');
    const title = await editor.post('/api/cycles', cycleBody({ reportLanguage: 'fr' })).expect(400);
    expect(title.body.errors).toEqual([
      { path: 'title.fr', message: 'The title is required in the language the report is written in.' },
    ]);
    const created = (
      await editor
        .post('/api/cycles', cycleBody({ agenda: { kind: 'PROVISIONAL', item: '97(y)', listSymbol: 'A/65/150' } }))
        .expect(201)
    ).body as TCycle;
    expect(created.agenda).toEqual({ kind: 'PROVISIONAL', item: '97 (y)', listSymbol: 'A/65/150' });
    const json = (await editor.get(`/api/cycles/${created.slug}/report?lang=ar&format=json`).expect(200))
      .body as ReportDocument;
    expect(json.header).toMatchObject({
      agenda: 'البند 97 (ذ) من جدول الأعمال المؤقت*',
      agendaFootnote: '* A/65/150.',
    });
  });
});
