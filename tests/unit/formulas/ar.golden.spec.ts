import { ALL_ORGANIZATIONS, FIVE_ORGANIZATIONS, FIVE_STATES, paragraph, reportOf, url } from './report-of';

/** Arabic: sessions in words, lists joined with و, sub-items lettered أبجد, the distribution block in English. */
const ar = (options: Parameters<typeof reportOf>[1] = {}) => reportOf('ar', options);

describe('Arabic: the header', () => {
  it('of each organ: masthead, body, session and session dates', () => {
    expect(ar().header).toMatchObject({ organ: 'الجمعية العامة', body: null, session: 'الدورة الخامسة والستون' });
    expect(ar({ organ: 'SECURITY_COUNCIL', session: null }).header).toMatchObject({
      organ: 'مجلس الأمن',
      session: null,
    });
    expect(ar({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', session: 2024 }).header).toMatchObject({
      organ: 'المجلس الاقتصادي والاجتماعي',
      session: 'دورة عام 2024',
    });
    expect(
      ar({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from: '2024-02-26', to: '2024-04-05' } }).header,
    ).toMatchObject({
      organ: 'الجمعية العامة',
      body: 'مجلس حقوق الإنسان',
      session: 'الدورة الخامسة والخمسون',
      sessionDates: '26 شباط/فبراير - 5 نيسان/أبريل 2024',
    });
    const dates = (from: string, to: string) =>
      ar({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from, to } }).header.sessionDates;
    expect(dates('2015-06-01', '2015-06-05')).toBe('1-5 حزيران/يونيه 2015');
    expect(dates('2023-07-27', '2024-07-24')).toBe('27 تموز/يوليه 2023 - 24 تموز/يوليه 2024');
  });

  it('prints the distribution block in English, as Arabic UN documents do (A/RES/56/24)', () => {
    expect(ar().header).toMatchObject({
      distributionLanguage: 'en',
      distribution: 'Distr.: General',
      issuedOn: '2 July 2010',
      versionLanguage: 'Arabic',
      originalLanguage: 'Original: English',
    });
  });

  it('cites the agenda in its three forms, sub-items lettered in the order أبجد', () => {
    const agenda = (kind: 'ADOPTED' | 'PROVISIONAL' | 'PRELIMINARY', item: string, listSymbol: string | null) => {
      const { header } = ar({ agenda: { kind, item, listSymbol } });
      return [header.agenda, header.agendaFootnote];
    };
    // UN Parallel Corpus: "Agenda item 113 (b)", "12 (f)", "123 (m)", "18 (h)" read «113 (ب)», «12 (و)», «123 (م)», «18 (ح)».
    expect(agenda('ADOPTED', '113 (b)', null)).toEqual(['البند 113 (ب) من جدول الأعمال', null]);
    expect(agenda('ADOPTED', '12 (f)', null)).toEqual(['البند 12 (و) من جدول الأعمال', null]);
    expect(agenda('ADOPTED', '123 (m)', null)).toEqual(['البند 123 (م) من جدول الأعمال', null]);
    expect(agenda('ADOPTED', '97 (y)', null)).toEqual(['البند 97 (ذ) من جدول الأعمال', null]);
    expect(agenda('PROVISIONAL', '2', 'A/65/150')).toEqual(['البند 2 من جدول الأعمال المؤقت*', '* A/65/150.']);
    expect(agenda('PRELIMINARY', '138', 'A/65/50')).toEqual(['البند 138 من القائمة الأولية*', '* A/65/50.']);
    expect(agenda('PRELIMINARY', '103 (hh)', 'A/65/50')).toEqual(['البند 103 (ح ح) من القائمة الأولية*', '* A/65/50.']);
  });
});

describe('Arabic: the mandate, for each organ', () => {
  const closing = ' ويقدم هذا التقرير عملا بذلك الطلب.';
  it('is generated from the resolution, title and organ, the verb agreeing with the organ', () => {
    expect(paragraph(ar(), 'mandate')).toBe(
      `طلبت الجمعية العامة، في قرارها 64/38 المعنون "Title"، إلى الأمين العام أن يلتمس آراء الدول الأعضاء بشأن هذه المسألة وأن يقدم إليها تقريرا في دورتها الخامسة والستين.${closing}`,
    );
    expect(paragraph(ar({ organ: 'SECURITY_COUNCIL', resolution: '2325 (2016)', session: null }), 'mandate')).toBe(
      `طلب مجلس الأمن، في قراره 2325 (2016)، إلى الأمين العام أن يلتمس آراء الدول الأعضاء بشأن هذه المسألة وأن يقدم إليه تقريرا.${closing}`,
    );
    expect(
      paragraph(ar({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', resolution: '2023/15', session: 2024 }), 'mandate'),
    ).toBe(
      `طلب المجلس الاقتصادي والاجتماعي، في قراره 2023/15 المعنون "Title"، إلى الأمين العام أن يلتمس آراء الدول الأعضاء بشأن هذه المسألة وأن يقدم إليه تقريرا في دورته لعام 2024.${closing}`,
    );
    expect(paragraph(ar({ organ: 'HUMAN_RIGHTS_COUNCIL', resolution: '52/10', session: 55 }), 'mandate')).toBe(
      `طلب مجلس حقوق الإنسان، في قراره 52/10 المعنون "Title"، إلى الأمين العام أن يلتمس آراء الدول الأعضاء بشأن هذه المسألة وأن يقدم إليه تقريرا في دورته الخامسة والخمسين.${closing}`,
    );
  });
});

describe('Arabic: the requests', () => {
  it('name the note verbale and the letters (their dates joined with و), or the note verbale alone', () => {
    expect(paragraph(ar(), 'requests')).toBe(
      'وعملا بذلك الطلب، وُجهت في 19 شباط/فبراير 2010 مذكرة شفوية إلى الدول الأعضاء تدعوها إلى تقديم معلومات بشأن هذا الموضوع. ووُجهت في 17 و18 شباط/فبراير 2010 رسائل إلى المنظمات الدولية المعنية، بما فيها الهيئات والوكالات المعنية في منظومة الأمم المتحدة، تدعوها إلى تقديم معلومات بشأن هذا الموضوع.',
    );
    expect(paragraph(ar({ orgLettersOn: [] }), 'requests')).toBe(
      'وعملا بذلك الطلب، وُجهت في 19 شباط/فبراير 2010 مذكرة شفوية إلى الدول الأعضاء تدعوها إلى تقديم معلومات بشأن هذا الموضوع.',
    );
  });
});

describe('Arabic: the replies as at the cut-off', () => {
  const asAt = (states: string[], organizations: string[] = []) =>
    paragraph(ar({ states, organizations }), 'receivedAsAt');

  it('list one, two and five States, every item joined with و and no commas', () => {
    expect(asAt(['AUS'])).toBe(
      'وحتى 23 حزيران/يونيه 2010، ورد رد من أستراليا. ويرد الرد، أو موجزه، في الفرع ثانيا من هذا التقرير.',
    );
    expect(asAt(['AUS', 'FIN'])).toBe(
      'وحتى 23 حزيران/يونيه 2010، وردت ردود من أستراليا وفنلندا. وترد الردود، أو موجزاتها، في الفرع ثانيا من هذا التقرير.',
    );
    expect(asAt(FIVE_STATES)).toContain('وردت ردود من أستراليا والمكسيك وجورجيا وفنلندا وهنغاريا.');
    expect(asAt(['ERI', 'AFG', 'PLW'])).toContain('وردت ردود من إريتريا وأفغانستان وبالاو.');
  });

  it('count the organizations in words below ten, agreeing in number', () => {
    expect(asAt([], ['IAEA'])).toBe(
      'وحتى 23 حزيران/يونيه 2010، لم ترد أي ردود من الدول الأعضاء. وورد أيضا رد من منظمة دولية واحدة، وترد المعلومات المقدمة منها، أو موجزها، في الفرع ثانيا.',
    );
    expect(asAt([], ['IAEA', 'ICAO'])).toContain(
      'ووردت أيضا ردود من منظمتين دوليتين، وترد المعلومات المقدمة منهما، أو موجزاتها، في الفرع ثانيا.',
    );
    expect(asAt([], FIVE_ORGANIZATIONS)).toContain('ووردت أيضا ردود من خمس منظمات دولية،');
    expect(asAt(['AUS'], ALL_ORGANIZATIONS)).toContain('ووردت أيضا ردود من 14 منظمة دولية،');
  });
});

describe('Arabic: the office in footnotes and length sentences', () => {
  it('names the cycle’s office after لـ', () => {
    const document = ar({ officeCode: 'OHCHR', summarized: ['IAEA'] });
    expect(document.footnotes[0].text).toBe(
      `النص الكامل للمعلومات المقدمة من الوكالة الدولية للطاقة الذرية متاح على الموقع الشبكي لمفوضية الأمم المتحدة السامية لحقوق الإنسان (${url('IAEA')}). وقُدم موجز لإدراجه في هذا التقرير.`,
    );
    expect(ar({ summarized: ['AUS'] }).footnotes[0].text).toContain('على الموقع الشبكي لمكتب شؤون نزع السلاح (');
  });
});
