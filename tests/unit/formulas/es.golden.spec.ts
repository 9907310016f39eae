import { ALL_ORGANIZATIONS, FIVE_ORGANIZATIONS, FIVE_STATES, paragraph, reportOf, url } from './report-of';

/** Spanish: the usual formulas of UN reports, for every organ, office and agenda form. */
const es = (options: Parameters<typeof reportOf>[1] = {}) => reportOf('es', options);

describe('Spanish: the header', () => {
  it('of each organ: masthead, body, session and session dates', () => {
    expect(es().header).toMatchObject({
      organ: 'Asamblea General',
      body: null,
      session: 'Sexagésimo quinto período de sesiones',
    });
    expect(es({ organ: 'SECURITY_COUNCIL', session: null }).header).toMatchObject({
      organ: 'Consejo de Seguridad',
      session: null,
    });
    expect(es({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', session: 2024 }).header).toMatchObject({
      organ: 'Consejo Económico y Social',
      session: 'Período de sesiones de 2024',
    });
    expect(
      es({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from: '2024-02-26', to: '2024-04-05' } }).header,
    ).toMatchObject({
      organ: 'Asamblea General',
      body: 'Consejo de Derechos Humanos',
      session: '55º período de sesiones',
      sessionDates: '26 de febrero a 5 de abril de 2024',
    });
    const dates = (from: string, to: string) =>
      es({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from, to } }).header.sessionDates;
    expect(dates('2015-06-01', '2015-06-05')).toBe('1 a 5 de junio de 2015');
    expect(dates('2023-07-27', '2024-07-24')).toBe('27 de julio de 2023 a 24 de julio de 2024');
  });

  it('has the distribution block in Spanish', () => {
    expect(es().header).toMatchObject({
      distributionLanguage: 'es',
      distribution: 'Distr. general',
      issuedOn: '2 de julio de 2010',
      versionLanguage: 'Español',
      originalLanguage: 'Original: inglés',
    });
  });

  it('cites the agenda in its three forms, sub-item letters as "97 y)"', () => {
    const agenda = (kind: 'ADOPTED' | 'PROVISIONAL' | 'PRELIMINARY', item: string, listSymbol: string | null) => {
      const { header } = es({ agenda: { kind, item, listSymbol } });
      return [header.agenda, header.agendaFootnote];
    };
    expect(agenda('ADOPTED', '97 (y)', null)).toEqual(['Tema 97 y) del programa', null]);
    expect(agenda('ADOPTED', '35', null)).toEqual(['Tema 35 del programa', null]);
    expect(agenda('PROVISIONAL', '2', 'A/65/150')).toEqual(['Tema 2 del programa provisional*', '* A/65/150.']);
    expect(agenda('PRELIMINARY', '138', 'A/65/50')).toEqual(['Tema 138 de la lista preliminar*', '* A/65/50.']);
    expect(agenda('PRELIMINARY', '97 (y)', 'A/65/50')).toEqual(['Tema 97 y) de la lista preliminar*', '* A/65/50.']);
  });
});

describe('Spanish: the mandate, for each organ', () => {
  const closing = ' El presente informe se presenta en cumplimiento de esa solicitud.';
  it('is generated from the resolution, title and organ when the cycle gives none', () => {
    expect(paragraph(es(), 'mandate')).toBe(
      `En su resolución 64/38, titulada "Title", la Asamblea General solicitó al Secretario General que recabara las opiniones de los Estados Miembros sobre la cuestión y le presentara un informe en su sexagésimo quinto período de sesiones.${closing}`,
    );
    expect(paragraph(es({ organ: 'SECURITY_COUNCIL', resolution: '2325 (2016)', session: null }), 'mandate')).toBe(
      `En su resolución 2325 (2016), el Consejo de Seguridad solicitó al Secretario General que recabara las opiniones de los Estados Miembros sobre la cuestión y le informara al respecto.${closing}`,
    );
    expect(
      paragraph(es({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', resolution: '2023/15', session: 2024 }), 'mandate'),
    ).toBe(
      `En su resolución 2023/15, titulada "Title", el Consejo Económico y Social solicitó al Secretario General que recabara las opiniones de los Estados Miembros sobre la cuestión y le presentara un informe en su período de sesiones de 2024.${closing}`,
    );
    expect(paragraph(es({ organ: 'HUMAN_RIGHTS_COUNCIL', resolution: '52/10', session: 55 }), 'mandate')).toBe(
      `En su resolución 52/10, titulada "Title", el Consejo de Derechos Humanos solicitó al Secretario General que recabara las opiniones de los Estados Miembros sobre la cuestión y le presentara un informe en su 55º período de sesiones.${closing}`,
    );
  });
});

describe('Spanish: the requests', () => {
  it('name the note verbale and the letters, each asking in the cycle’s words', () => {
    expect(paragraph(es(), 'requests')).toBe(
      'En atención a esa solicitud, el 19 de febrero de 2010 se envió una nota verbal a los Estados Miembros para invitarlos a presentar información sobre la cuestión. Los días 17 y 18 de febrero de 2010 se enviaron cartas a las organizaciones internacionales pertinentes, incluidos los órganos y organismos competentes del sistema de las Naciones Unidas, para invitarlas a presentar información sobre la cuestión.',
    );
  });

  it('say nothing of letters when none went to organizations', () => {
    expect(paragraph(es({ orgLettersOn: [] }), 'requests')).toBe(
      'En atención a esa solicitud, el 19 de febrero de 2010 se envió una nota verbal a los Estados Miembros para invitarlos a presentar información sobre la cuestión.',
    );
  });
});

describe('Spanish: the replies as at the cut-off', () => {
  const asAt = (states: string[], organizations: string[] = []) =>
    paragraph(es({ states, organizations }), 'receivedAsAt');

  it('list one, two and five States, a comma after the date', () => {
    expect(asAt(['AUS'])).toBe(
      'Al 23 de junio de 2010, se había recibido una respuesta de Australia. La respuesta, o su resumen, se reproduce en la sección II del presente informe.',
    );
    expect(asAt(['AUS', 'FIN'])).toBe(
      'Al 23 de junio de 2010, se habían recibido respuestas de Australia y Finlandia. Las respuestas, o sus resúmenes, se reproducen en la sección II del presente informe.',
    );
    expect(asAt(FIVE_STATES)).toContain('de Australia, Finlandia, Georgia, Hungría y México.');
    expect(asAt(['NLD'])).toContain('de los Países Bajos.');
  });

  it('count the organizations in words below ten', () => {
    expect(asAt([], ['IAEA'])).toBe(
      'Al 23 de junio de 2010, no se habían recibido respuestas de los Estados Miembros. También se recibió una respuesta de una organización internacional, cuya información, o su resumen, se reproduce en la sección II.',
    );
    expect(asAt([], ['IAEA', 'ICAO'])).toContain(
      'También se recibieron respuestas de dos organizaciones internacionales, cuya información, o su resumen, se reproduce en la sección II.',
    );
    expect(asAt([], FIVE_ORGANIZATIONS)).toContain('de cinco organizaciones internacionales');
    expect(asAt(['AUS'], ALL_ORGANIZATIONS)).toContain('de 14 organizaciones internacionales');
  });
});

describe('Spanish: the headings and the office', () => {
  it('write "gobiernos" in lower case', () => {
    expect(es({ states: ['AUS'] }).sections[1].heading).toBe('Respuestas recibidas de los gobiernos');
  });

  it('name the cycle’s office after "de la" or "del", and the sender with its article', () => {
    const document = es({ officeCode: 'OHCHR', summarized: ['IAEA'], webOnly: ['FIN'] });
    expect(document.footnotes[0].text).toBe(
      `El texto completo de la información proporcionada por el Organismo Internacional de Energía Atómica puede consultarse en el sitio web de la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos (${url('IAEA')}). Se proporcionó un resumen para su inclusión en el presente informe.`,
    );
    expect(document.sections[1].entries[0].blocks[0].text).toContain(
      'la respuesta recibida del Gobierno de Finlandia no se reproduce aquí porque excede la extensión aceptable. El texto completo de la respuesta puede consultarse en el sitio web de la Oficina del Alto Comisionado',
    );
    const site = (officeCode: string) => es({ officeCode, summarized: ['AUS'] }).footnotes[0].text;
    expect(site('ODA')).toContain('en el sitio web de la Oficina de Asuntos de Desarme (');
    expect(site('DESA')).toContain('en el sitio web del Departamento de Asuntos Económicos y Sociales (');
    expect(es({ summarized: ['CARICOM'] }).footnotes[0].text).toContain('proporcionada por la Comunidad del Caribe');
  });
});
