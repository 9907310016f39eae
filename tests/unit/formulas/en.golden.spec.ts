import { ALL_ORGANIZATIONS, FIVE_ORGANIZATIONS, FIVE_STATES, paragraph, reportOf, url } from './report-of';

/** English: the formulas of A/65/99 and its sibling reports, for every organ, office and agenda form. */
const en = (options: Parameters<typeof reportOf>[1] = {}) => reportOf('en', options);

describe('English: the header', () => {
  it('of each organ: masthead, body, session and session dates', () => {
    expect(en().header).toMatchObject({ organ: 'General Assembly', body: null, session: 'Sixty-fifth session' });
    expect(en({ organ: 'SECURITY_COUNCIL', session: null }).header).toMatchObject({
      organ: 'Security Council',
      body: null,
      session: null,
    });
    expect(en({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', session: 2024 }).header).toMatchObject({
      organ: 'Economic and Social Council',
      session: '2024 session',
    });
    expect(
      en({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from: '2024-02-26', to: '2024-04-05' } }).header,
    ).toMatchObject({
      organ: 'General Assembly',
      body: 'Human Rights Council',
      session: 'Fifty-fifth session',
      sessionDates: '26 February–5 April 2024',
    });
    const dates = (from: string, to: string) =>
      en({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from, to } }).header.sessionDates;
    expect(dates('2015-06-01', '2015-06-05')).toBe('1–5 June 2015');
    expect(dates('2023-07-27', '2024-07-24')).toBe('27 July 2023–24 July 2024');
  });

  it('has the distribution block, and names the original language in each version', () => {
    expect(en().header).toMatchObject({
      distribution: 'Distr.: General',
      issuedOn: '2 July 2010',
      versionLanguage: null,
      originalLanguage: 'Original: English',
    });
    expect(en({ reportLanguage: 'fr' }).header).toMatchObject({
      versionLanguage: 'English',
      originalLanguage: 'Original: French',
    });
    expect(en({ issuedOn: null }).header.issuedOn).toBeNull();
  });

  it('cites the agenda in its three forms, with and without a sub-item letter, the lists in a footnote', () => {
    const agenda = (kind: 'ADOPTED' | 'PROVISIONAL' | 'PRELIMINARY', item: string, listSymbol: string | null) => {
      const { header } = en({ agenda: { kind, item, listSymbol } });
      return [header.agenda, header.agendaFootnote];
    };
    expect(agenda('ADOPTED', '97 (y)', null)).toEqual(['Agenda item 97 (y)', null]);
    expect(agenda('ADOPTED', '104', null)).toEqual(['Agenda item 104', null]);
    expect(agenda('PROVISIONAL', '97 (y)', 'A/65/150')).toEqual([
      'Item 97 (y) of the provisional agenda*',
      '* A/65/150.',
    ]);
    expect(agenda('PROVISIONAL', '2', 'A/65/150')).toEqual(['Item 2 of the provisional agenda*', '* A/65/150.']);
    expect(agenda('PRELIMINARY', '99', 'A/65/50')).toEqual(['Item 99 of the preliminary list*', '* A/65/50.']);
    expect(agenda('PRELIMINARY', '98 (a)', 'A/69/50')).toEqual(['Item 98 (a) of the preliminary list*', '* A/69/50.']);
    expect(en({ agenda: null }).header.agenda).toBeNull();
  });
});

describe('English: the mandate, for each organ', () => {
  const closing = ' The present report is submitted pursuant to that request.';
  it('is generated from the resolution, title and organ when the cycle gives none', () => {
    expect(paragraph(en(), 'mandate')).toBe(
      `In its resolution 64/38, entitled "Title", the General Assembly requested the Secretary-General to seek the views of Member States on the subject and to submit a report to the Assembly at its sixty-fifth session.${closing}`,
    );
    expect(paragraph(en({ organ: 'SECURITY_COUNCIL', resolution: '2325 (2016)', session: null }), 'mandate')).toBe(
      `In its resolution 2325 (2016), the Security Council requested the Secretary-General to seek the views of Member States on the subject and to report to the Council.${closing}`,
    );
    expect(
      paragraph(en({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', resolution: '2023/15', session: 2024 }), 'mandate'),
    ).toBe(
      `In its resolution 2023/15, entitled "Title", the Economic and Social Council requested the Secretary-General to seek the views of Member States on the subject and to submit a report to the Council at its 2024 session.${closing}`,
    );
    expect(paragraph(en({ organ: 'HUMAN_RIGHTS_COUNCIL', resolution: '52/10', session: 55 }), 'mandate')).toBe(
      `In its resolution 52/10, entitled "Title", the Human Rights Council requested the Secretary-General to seek the views of Member States on the subject and to submit a report to the Council at its fifty-fifth session.${closing}`,
    );
  });
});

describe('English: the requests', () => {
  it('name the note verbale and the letters, each asking in the cycle’s words', () => {
    expect(paragraph(en(), 'requests')).toBe(
      'Pursuant to that request, on 19 February 2010, a note verbale was sent to Member States inviting them to provide information on the subject. On 17 and 18 February 2010, letters were sent to relevant international organizations, including the relevant organs and agencies of the United Nations system, inviting them to provide information on the subject.',
    );
    expect(paragraph(en({ request: { en: 'to submit their views on the matter' } }), 'requests')).toContain(
      'inviting them to submit their views on the matter.',
    );
  });

  it('say nothing of letters when none went to organizations', () => {
    expect(paragraph(en({ orgLettersOn: [] }), 'requests')).toBe(
      'Pursuant to that request, on 19 February 2010, a note verbale was sent to Member States inviting them to provide information on the subject.',
    );
  });
});

describe('English: the replies as at the cut-off', () => {
  const asAt = (states: string[], organizations: string[] = []) =>
    paragraph(en({ states, organizations }), 'receivedAsAt');

  it('list one, two and five States', () => {
    expect(asAt(['AUS'])).toBe(
      'As at 23 June 2010, a reply had been received from Australia. The reply, or its executive summary, is reproduced in section II of the present report.',
    );
    expect(asAt(['AUS', 'FIN'])).toBe(
      'As at 23 June 2010, replies had been received from Australia and Finland. The replies, or their executive summaries, are reproduced in section II of the present report.',
    );
    expect(asAt(FIVE_STATES)).toContain('from Australia, Finland, Georgia, Hungary and Mexico.');
    expect(asAt(['NLD'])).toContain('from the Netherlands.');
  });

  it('count the organizations in words below ten', () => {
    expect(asAt([], ['IAEA'])).toBe(
      'As at 23 June 2010, no replies had been received from Member States. A reply was also received from one international organization, and its information, or its executive summary, is reproduced in section II.',
    );
    expect(asAt([], ['IAEA', 'ICAO'])).toContain(
      'Replies were also received from two international organizations, and their information, or its executive summary, is reproduced in section II.',
    );
    expect(asAt([], FIVE_ORGANIZATIONS)).toContain('from five international organizations');
    expect(asAt(['AUS'], ALL_ORGANIZATIONS)).toContain('from 14 international organizations');
  });
});

describe('English: the office in footnotes and length sentences', () => {
  it('names the cycle’s office and the sender with its article', () => {
    const document = en({ officeCode: 'OHCHR', summarized: ['IAEA'], webOnly: ['FIN'] });
    expect(document.footnotes[0].text).toBe(
      `The full text of the information provided by the International Atomic Energy Agency is available on the website of the Office of the United Nations High Commissioner for Human Rights (${url('IAEA')}). An executive summary was provided for inclusion in the present report.`,
    );
    expect(document.sections[1].entries[0].blocks[0].text).toBe(
      `In keeping with the General Assembly resolutions on the control and limitation of documentation and the guidelines of the Secretary-General on reports drafted and/or edited by the Secretariat, the reply received from the Government of Finland has not been reproduced here, as it exceeds the acceptable length. The full text of the reply is available on the website of the Office of the United Nations High Commissioner for Human Rights (${url('FIN')}).`,
    );
    expect(en({ officeCode: 'UNODC', summarized: ['AUS'] }).footnotes[0].text).toContain(
      'on the website of the United Nations Office on Drugs and Crime (',
    );
  });
});

describe('English: the observations', () => {
  it('close the report as its last section, numbered on from the introduction', () => {
    const document = en({ states: ['AUS'], observations: { en: 'First point.\nSecond point.' } });
    const last = document.sections.at(-1)!;
    expect([last.number, last.heading]).toEqual(['III', 'Observations']);
    expect(last.paragraphs).toEqual([
      { number: 5, text: 'First point.' },
      { number: 6, text: 'Second point.' },
    ]);
    expect(en({ states: ['AUS'], observations: { fr: 'Premier point.' } }).sections.at(-1)!.paragraphs).toEqual([
      { number: 5, text: '[The English text of this section is not yet available.]' },
    ]);
  });
});
