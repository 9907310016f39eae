import { LANGUAGES, type TLanguage } from '@replies/shared';
import { SESSION_LINES } from '../../fixtures/session-lines';
import { paragraph, reportOf } from './report-of';

const sessions = Array.from({ length: 99 }, (_, i) => i + 1);

describe.each(LANGUAGES)('the session line in %s, sessions 1 to 99', (language: TLanguage) => {
  it('of the General Assembly is spelled as UN documents spell it', () => {
    expect(sessions.map((session) => reportOf(language, { session }).header.session)).toEqual(SESSION_LINES[language]);
  });

  it('of the Human Rights Council too (in figures past ten in Spanish)', () => {
    const expected = language === 'es' ? SESSION_LINES.esHumanRightsCouncil : SESSION_LINES[language];
    expect(
      sessions.map(
        (session) => reportOf(language, { organ: 'HUMAN_RIGHTS_COUNCIL', resolution: '52/10', session }).header.session,
      ),
    ).toEqual(expected);
  });
});

describe('sessions in running text, 1 to 99', () => {
  it('are in the prepositional in Russian: «на ее шестьдесят пятой сессии»', () => {
    for (const session of sessions) {
      expect(paragraph(reportOf('ru', { session }), 'mandate')).toContain(
        `на ее ${SESSION_LINES.ruPrepositional[session - 1]} сессии.`,
      );
    }
  });

  it('are in the genitive in Arabic: «في دورتها الخامسة والستين»', () => {
    for (const session of sessions) {
      expect(paragraph(reportOf('ar', { session }), 'mandate')).toContain(
        `في دورتها ${SESSION_LINES.arGenitive[session - 1]}.`,
      );
    }
  });
});

describe('session lines read in UN documents (UN Parallel Corpus, 2015)', () => {
  const line = (language: TLanguage, organ: 'GENERAL_ASSEMBLY' | 'HUMAN_RIGHTS_COUNCIL', session: number) =>
    reportOf(language, { organ, session }).header.session;

  it('A/69/767: the sixty-ninth session of the Assembly', () => {
    expect(LANGUAGES.map((l) => line(l, 'GENERAL_ASSEMBLY', 69))).toEqual([
      'الدورة التاسعة والستون',
      '第六十九届会议',
      'Sixty-ninth session',
      'Soixante-neuvième session',
      'Шестьдесят девятая сессия',
      'Sexagésimo noveno período de sesiones',
    ]);
  });

  it('A/HRC/28/NI/4: the twenty-eighth session of the Human Rights Council', () => {
    expect(LANGUAGES.map((l) => line(l, 'HUMAN_RIGHTS_COUNCIL', 28))).toEqual([
      'الدورة الثامنة والعشرون',
      '第二十八届会议',
      'Twenty-eighth session', // the English original misprints "Twenty-eight session"
      'Vingt-huitième session',
      'Двадцать восьмая сессия',
      '28º período de sesiones',
    ]);
  });

  it('other bodies: the third, ninth, fourteenth, twenty-fourth, forty-eighth, fifty-fifth and fifty-ninth sessions', () => {
    const printed: Record<number, string[]> = {
      3: [
        'الدورة الثالثة',
        '第三届会议',
        'Third session',
        'Troisième session',
        'Третья сессия',
        'Tercer período de sesiones',
      ],
      9: [
        'الدورة التاسعة',
        '第九届会议',
        'Ninth session',
        'Neuvième session',
        'Девятая сессия',
        'Noveno período de sesiones',
      ],
      14: [
        'الدورة الرابعة عشرة',
        '第十四届会议',
        'Fourteenth session',
        'Quatorzième session',
        'Четырнадцатая сессия',
        '14º período de sesiones',
      ],
      24: [
        'الدورة الرابعة والعشرون',
        '第二十四届会议',
        'Twenty-fourth session',
        'Vingt-quatrième session',
        'Двадцать четвертая сессия',
        '24º período de sesiones',
      ],
      48: [
        'الدورة الثامنة والأربعون',
        '第四十八届会议',
        'Forty-eighth session',
        'Quarante-huitième session',
        'Сорок восьмая сессия',
        '48º período de sesiones',
      ],
      55: [
        'الدورة الخامسة والخمسون',
        '第五十五届会议',
        'Fifty-fifth session',
        'Cinquante-cinquième session',
        'Пятьдесят пятая сессия',
        '55º período de sesiones',
      ],
      59: [
        'الدورة التاسعة والخمسون',
        '第五十九届会议',
        'Fifty-ninth session',
        'Cinquante-neuvième session',
        'Пятьдесят девятая сессия',
        '59º período de sesiones',
      ],
    };
    for (const [session, expected] of Object.entries(printed)) {
      expect(LANGUAGES.map((l) => line(l, 'HUMAN_RIGHTS_COUNCIL', Number(session)))).toEqual(expected);
    }
  });

  it('E/2015/47: the Economic and Social Council names its session by year', () => {
    expect(
      LANGUAGES.map((l) => reportOf(l, { organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', session: 2015 }).header.session),
    ).toEqual([
      'دورة عام 2015',
      '2015 年届会',
      '2015 session',
      'Session de 2015',
      'Сессия 2015 года',
      'Período de sesiones de 2015',
    ]);
  });

  it('the Security Council has no session line', () => {
    expect(LANGUAGES.map((l) => reportOf(l, { organ: 'SECURITY_COUNCIL', session: null }).header.session)).toEqual(
      LANGUAGES.map(() => null),
    );
  });
});
