import { ALL_ORGANIZATIONS, FIVE_ORGANIZATIONS, FIVE_STATES, paragraph, reportOf, url } from './report-of';

/** Russian: sessions in words, the distribution block in English, for every organ, office and agenda form. */
const ru = (options: Parameters<typeof reportOf>[1] = {}) => reportOf('ru', options);

describe('Russian: the header', () => {
  it('of each organ: masthead, body, session and session dates', () => {
    expect(ru().header).toMatchObject({
      organ: 'Генеральная Ассамблея',
      body: null,
      session: 'Шестьдесят пятая сессия',
    });
    expect(ru({ organ: 'SECURITY_COUNCIL', session: null }).header).toMatchObject({
      organ: 'Совет Безопасности',
      session: null,
    });
    expect(ru({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', session: 2024 }).header).toMatchObject({
      organ: 'Экономический и Социальный Совет',
      session: 'Сессия 2024 года',
    });
    expect(
      ru({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from: '2024-02-26', to: '2024-04-05' } }).header,
    ).toMatchObject({
      organ: 'Генеральная Ассамблея',
      body: 'Совет по правам человека',
      session: 'Пятьдесят пятая сессия',
      sessionDates: '26 февраля — 5 апреля 2024 года',
    });
    const dates = (from: string, to: string) =>
      ru({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from, to } }).header.sessionDates;
    expect(dates('2015-06-01', '2015-06-05')).toBe('1–5 июня 2015 года');
    expect(dates('2023-07-27', '2024-07-24')).toBe('27 июля 2023 года — 24 июля 2024 года');
  });

  it('prints the distribution block in English, as Russian UN documents do (A/69/972)', () => {
    expect(ru().header).toMatchObject({
      distributionLanguage: 'en',
      distribution: 'Distr.: General',
      issuedOn: '2 July 2010',
      versionLanguage: 'Russian',
      originalLanguage: 'Original: English',
    });
  });

  it('cites the agenda in its three forms, sub-item letters as "97(y)"', () => {
    const agenda = (kind: 'ADOPTED' | 'PROVISIONAL' | 'PRELIMINARY', item: string, listSymbol: string | null) => {
      const { header } = ru({ agenda: { kind, item, listSymbol } });
      return [header.agenda, header.agendaFootnote];
    };
    expect(agenda('ADOPTED', '97 (y)', null)).toEqual(['Пункт 97(y) повестки дня', null]);
    expect(agenda('ADOPTED', '35', null)).toEqual(['Пункт 35 повестки дня', null]);
    expect(agenda('PROVISIONAL', '2', 'A/65/150')).toEqual(['Пункт 2 предварительной повестки дня*', '* A/65/150.']);
    expect(agenda('PRELIMINARY', '138', 'A/65/50')).toEqual(['Пункт 138 первоначального перечня*', '* A/65/50.']);
  });
});

describe('Russian: the mandate, for each organ', () => {
  const closing = ' Настоящий доклад представляется во исполнение этой просьбы.';
  it('is generated from the resolution, title and organ, the verb agreeing with the organ', () => {
    expect(paragraph(ru(), 'mandate')).toBe(
      `В своей резолюции 64/38, озаглавленной «Title», Генеральная Ассамблея просила Генерального секретаря запросить мнения государств-членов по этому вопросу и представить ей доклад на ее шестьдесят пятой сессии.${closing}`,
    );
    expect(paragraph(ru({ organ: 'SECURITY_COUNCIL', resolution: '2325 (2016)', session: null }), 'mandate')).toBe(
      `В своей резолюции 2325 (2016) Совет Безопасности просил Генерального секретаря запросить мнения государств-членов по этому вопросу и представить ему доклад.${closing}`,
    );
    expect(
      paragraph(ru({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', resolution: '2023/15', session: 2024 }), 'mandate'),
    ).toBe(
      `В своей резолюции 2023/15, озаглавленной «Title», Экономический и Социальный Совет просил Генерального секретаря запросить мнения государств-членов по этому вопросу и представить ему доклад на его сессии 2024 года.${closing}`,
    );
    expect(paragraph(ru({ organ: 'HUMAN_RIGHTS_COUNCIL', resolution: '52/10', session: 55 }), 'mandate')).toBe(
      `В своей резолюции 52/10, озаглавленной «Title», Совет по правам человека просил Генерального секретаря запросить мнения государств-членов по этому вопросу и представить ему доклад на его пятьдесят пятой сессии.${closing}`,
    );
  });
});

describe('Russian: the requests', () => {
  it('name the note verbale and the letters, or the note verbale alone', () => {
    expect(paragraph(ru(), 'requests')).toBe(
      'Во исполнение этой просьбы 19 февраля 2010 года государствам-членам была направлена вербальная нота с предложением представить информацию по этому вопросу. 17 и 18 февраля 2010 года соответствующим международным организациям, включая соответствующие органы и учреждения системы Организации Объединенных Наций, были направлены письма с предложением представить информацию по этому вопросу.',
    );
    expect(paragraph(ru({ orgLettersOn: [] }), 'requests')).toBe(
      'Во исполнение этой просьбы 19 февраля 2010 года государствам-членам была направлена вербальная нота с предложением представить информацию по этому вопросу.',
    );
  });
});

describe('Russian: the replies as at the cut-off', () => {
  const asAt = (states: string[], organizations: string[] = []) =>
    paragraph(ru({ states, organizations }), 'receivedAsAt');

  it('list one, two and five States', () => {
    expect(asAt(['AUS'])).toBe(
      'По состоянию на 23 июня 2010 года был получен ответ от следующего государства: Австралия. Ответ или его резюме воспроизводится в разделе II настоящего доклада.',
    );
    expect(asAt(['AUS', 'FIN'])).toBe(
      'По состоянию на 23 июня 2010 года были получены ответы от следующих государств: Австралия и Финляндия. Ответы или их резюме воспроизводятся в разделе II настоящего доклада.',
    );
    expect(asAt(FIVE_STATES)).toContain('от следующих государств: Австралия, Венгрия, Грузия, Мексика и Финляндия.');
  });

  it('count the organizations in words below ten, agreeing with the number', () => {
    expect(asAt([], ['IAEA'])).toBe(
      'По состоянию на 23 июня 2010 года ответов от государств-членов получено не было. Ответ был также получен от одной международной организации; представленная ею информация или ее резюме воспроизводятся в разделе II.',
    );
    expect(asAt([], ['IAEA', 'ICAO'])).toContain(
      'Ответы были также получены от двух международных организаций; представленная ими информация или ее резюме воспроизводятся в разделе II.',
    );
    expect(asAt([], FIVE_ORGANIZATIONS)).toContain('от пяти международных организаций');
    expect(asAt(['AUS'], ALL_ORGANIZATIONS)).toContain('от 14 международных организаций');
  });
});

describe('Russian: the office in footnotes and length sentences', () => {
  it('names the cycle’s office in the genitive', () => {
    const document = ru({ officeCode: 'OHCHR', summarized: ['IAEA'] });
    expect(document.footnotes[0].text).toBe(
      `С полным текстом информации (отправитель: Международное агентство по атомной энергии) можно ознакомиться на веб-сайте Управления Верховного комиссара Организации Объединенных Наций по правам человека (${url('IAEA')}). Для включения в настоящий доклад было представлено резюме.`,
    );
    const site = (officeCode: string) => ru({ officeCode, summarized: ['AUS'] }).footnotes[0].text;
    expect(site('ODA')).toContain('на веб-сайте Управления по вопросам разоружения (');
    expect(site('DESA')).toContain('на веб-сайте Департамента по экономическим и социальным вопросам (');
    expect(site('UN-Women')).toContain('на веб-сайте Структуры Организации Объединенных Наций по вопросам');
  });
});
