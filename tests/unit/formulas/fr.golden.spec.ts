import { ALL_ORGANIZATIONS, FIVE_ORGANIZATIONS, FIVE_STATES, paragraph, reportOf, url } from './report-of';

/** French: the usual formulas of UN reports, for every organ, office and agenda form. */
const fr = (options: Parameters<typeof reportOf>[1] = {}) => reportOf('fr', options);

describe('French: the header', () => {
  it('of each organ: masthead, body, session and session dates', () => {
    expect(fr().header).toMatchObject({
      organ: 'Assemblée générale',
      body: null,
      session: 'Soixante-cinquième session',
    });
    expect(fr({ organ: 'SECURITY_COUNCIL', session: null }).header).toMatchObject({
      organ: 'Conseil de sécurité',
      session: null,
    });
    expect(fr({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', session: 2024 }).header).toMatchObject({
      organ: 'Conseil économique et social',
      session: 'Session de 2024',
    });
    expect(
      fr({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from: '2024-02-26', to: '2024-04-05' } }).header,
    ).toMatchObject({
      organ: 'Assemblée générale',
      body: "Conseil des droits de l'homme",
      session: 'Cinquante-cinquième session',
      sessionDates: '26 février-5 avril 2024',
    });
    const dates = (from: string, to: string) =>
      fr({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from, to } }).header.sessionDates;
    expect(dates('2015-06-01', '2015-06-05')).toBe('1er-5 juin 2015');
    expect(dates('2023-07-27', '2024-07-24')).toBe('27 juillet 2023-24 juillet 2024');
  });

  it('has the distribution block in French', () => {
    expect(fr().header).toMatchObject({
      distributionLanguage: 'fr',
      distribution: 'Distr. générale',
      issuedOn: '2 juillet 2010',
      versionLanguage: 'Français',
      originalLanguage: 'Original : anglais',
    });
    expect(fr({ reportLanguage: 'fr' }).header).toMatchObject({
      versionLanguage: null,
      originalLanguage: 'Original : français',
    });
  });

  it('cites the agenda in its three forms, sub-item letters as "97 y)"', () => {
    const agenda = (kind: 'ADOPTED' | 'PROVISIONAL' | 'PRELIMINARY', item: string, listSymbol: string | null) => {
      const { header } = fr({ agenda: { kind, item, listSymbol } });
      return [header.agenda, header.agendaFootnote];
    };
    expect(agenda('ADOPTED', '97 (y)', null)).toEqual(["Point 97 y) de l'ordre du jour", null]);
    expect(agenda('ADOPTED', '35', null)).toEqual(["Point 35 de l'ordre du jour", null]);
    expect(agenda('PROVISIONAL', '2', 'A/65/150')).toEqual(["Point 2 de l'ordre du jour provisoire*", '* A/65/150.']);
    expect(agenda('PROVISIONAL', '97 (y)', 'A/65/150')).toEqual([
      "Point 97 y) de l'ordre du jour provisoire*",
      '* A/65/150.',
    ]);
    expect(agenda('PRELIMINARY', '138', 'A/65/50')).toEqual(['Point 138 de la liste préliminaire*', '* A/65/50.']);
  });
});

describe('French: the mandate, for each organ', () => {
  const closing = ' Le présent rapport est soumis en application de cette demande.';
  it('is generated from the resolution, title and organ when the cycle gives none', () => {
    expect(paragraph(fr(), 'mandate')).toBe(
      `Dans sa résolution 64/38, intitulée « Title », l'Assemblée générale a prié le Secrétaire général de solliciter les vues des États Membres sur la question et de lui présenter un rapport à sa soixante-cinquième session.${closing}`,
    );
    expect(paragraph(fr({ organ: 'SECURITY_COUNCIL', resolution: '2325 (2016)', session: null }), 'mandate')).toBe(
      `Dans sa résolution 2325 (2016), le Conseil de sécurité a prié le Secrétaire général de solliciter les vues des États Membres sur la question et de lui faire rapport.${closing}`,
    );
    expect(
      paragraph(fr({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', resolution: '2023/15', session: 2024 }), 'mandate'),
    ).toBe(
      `Dans sa résolution 2023/15, intitulée « Title », le Conseil économique et social a prié le Secrétaire général de solliciter les vues des États Membres sur la question et de lui présenter un rapport à sa session de 2024.${closing}`,
    );
    expect(paragraph(fr({ organ: 'HUMAN_RIGHTS_COUNCIL', resolution: '52/10', session: 55 }), 'mandate')).toBe(
      `Dans sa résolution 52/10, intitulée « Title », le Conseil des droits de l'homme a prié le Secrétaire général de solliciter les vues des États Membres sur la question et de lui présenter un rapport à sa cinquante-cinquième session.${closing}`,
    );
  });
});

describe('French: the requests', () => {
  it('name the note verbale and the letters, each asking in the cycle’s words', () => {
    expect(paragraph(fr(), 'requests')).toBe(
      'Comme suite à cette demande, le 19 février 2010, une note verbale a été adressée aux États Membres pour les inviter à communiquer des informations sur la question. Les 17 et 18 février 2010, des lettres ont été adressées aux organisations internationales concernées, y compris les organes et organismes compétents des Nations Unies, pour les inviter à communiquer des informations sur la question.',
    );
  });

  it('say nothing of letters when none went to organizations', () => {
    expect(paragraph(fr({ orgLettersOn: [] }), 'requests')).toBe(
      'Comme suite à cette demande, le 19 février 2010, une note verbale a été adressée aux États Membres pour les inviter à communiquer des informations sur la question.',
    );
  });
});

describe('French: the replies as at the cut-off', () => {
  const asAt = (states: string[], organizations: string[] = []) =>
    paragraph(fr({ states, organizations }), 'receivedAsAt');

  it('list one, two and five States, with their articles', () => {
    expect(asAt(['AUS'])).toBe(
      "Au 23 juin 2010, une réponse avait été reçue de l'État suivant : l'Australie. La réponse, ou son résumé, est reproduite à la section II du présent rapport.",
    );
    expect(asAt(['AUS', 'FIN'])).toBe(
      "Au 23 juin 2010, des réponses avaient été reçues des États suivants : l'Australie et la Finlande. Les réponses, ou leurs résumés, sont reproduites à la section II du présent rapport.",
    );
    expect(asAt(FIVE_STATES)).toContain(
      "des États suivants : l'Australie, la Finlande, la Géorgie, la Hongrie et le Mexique.",
    );
  });

  it('count the organizations in words below ten', () => {
    expect(asAt([], ['IAEA'])).toBe(
      "Au 23 juin 2010, aucune réponse n'avait été reçue des États Membres. Une réponse a également été reçue d'une organisation internationale ; les informations communiquées, ou leur résumé, sont reproduites à la section II.",
    );
    expect(asAt([], ['IAEA', 'ICAO'])).toContain(
      'Des réponses ont également été reçues de deux organisations internationales ; les informations communiquées, ou leurs résumés, sont reproduites à la section II.',
    );
    expect(asAt([], FIVE_ORGANIZATIONS)).toContain('de cinq organisations internationales');
    expect(asAt(['AUS'], ALL_ORGANIZATIONS)).toContain('de 14 organisations internationales');
  });
});

describe('French: the office in footnotes and length sentences', () => {
  it('names the cycle’s office after "du" or "de l’", and the sender with its article', () => {
    const document = fr({ officeCode: 'OHCHR', summarized: ['IAEA'], webOnly: ['FIN'] });
    expect(document.footnotes[0].text).toBe(
      `Le texte intégral des informations communiquées par l'Agence internationale de l'énergie atomique peut être consulté sur le site Web du Haut-Commissariat des Nations Unies aux droits de l'homme (${url('IAEA')}). Un résumé a été fourni aux fins du présent rapport.`,
    );
    expect(document.sections[1].entries[0].blocks[0].text).toBe(
      `Conformément aux résolutions de l'Assemblée générale relatives au contrôle et à la limitation de la documentation et aux directives du Secrétaire général concernant les rapports établis ou édités par le Secrétariat, la réponse reçue du Gouvernement de la Finlande n'a pas été reproduite ici, car elle dépasse la longueur acceptable. Le texte intégral de la réponse peut être consulté sur le site Web du Haut-Commissariat des Nations Unies aux droits de l'homme (${url('FIN')}).`,
    );
    const site = (officeCode: string) => fr({ officeCode, summarized: ['AUS'] }).footnotes[0].text;
    expect(site('ODA')).toContain('sur le site Web du Bureau des affaires de désarmement (');
    expect(site('UNODC')).toContain("sur le site Web de l'Office des Nations Unies contre la drogue et le crime (");
    expect(site('UN-Women')).toContain("sur le site Web de l'Entité des Nations Unies pour l'égalité des sexes");
    expect(site('DESA')).toContain('sur le site Web du Département des affaires économiques et sociales (');
    expect(fr({ summarized: ['CARICOM'] }).footnotes[0].text).toContain('communiquées par la Communauté des Caraïbes');
  });
});

describe('French: the observations', () => {
  it('close the report under their French heading', () => {
    const last = fr({ states: ['AUS'], observations: { fr: 'Premier point.' } }).sections.at(-1)!;
    expect([last.number, last.heading, last.paragraphs]).toEqual([
      'III',
      'Observations',
      [{ number: 5, text: 'Premier point.' }],
    ]);
  });
});
