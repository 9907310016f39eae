import type { TAgenda, TLanguage } from '@replies/shared';
import {
  buildReport,
  type CompilationCycle,
  type CompilationInput,
} from '../../../apps/api/src/modules/compilation/model/build-report';
import type { ReportDocument } from '../../../apps/api/src/modules/compilation/model/report-model';
import { namedEntity, office } from '../report-fixture';

export interface ReportOptions extends Partial<Omit<CompilationCycle, 'office'>> {
  officeCode?: string;
  /** The States and organizations whose replies are accepted (reproduced in full). */
  states?: string[];
  organizations?: string[];
  /** Of those, the ones reproduced as a summary (with a footnote) or on the web only (length sentence). */
  summarized?: string[];
  webOnly?: string[];
}

export const url = (code: string) => `https://replies.example.org/reports/A-HRC-55-30/replies/${code}`;

/** A small report: the cycle as given (an Assembly cycle of ODA by default) and accepted replies. */
export function inputOf(language: TLanguage, options: ReportOptions = {}): CompilationInput {
  const { officeCode = 'ODA', states = [], organizations = [], summarized = [], webOnly = [], ...cycle } = options;
  const replies = [...states, ...organizations, ...summarized, ...webOnly].map((code) => ({
    entity: namedEntity(code),
    status: 'ACCEPTED' as const,
    originalLanguage: 'en' as const,
    receivedOn: '2010-06-01',
    decision: summarized.includes(code)
      ? ('SUMMARY' as const)
      : webOnly.includes(code)
        ? ('WEB_ONLY' as const)
        : ('FULL' as const),
    webOnly: webOnly.includes(code),
    texts: { [language]: { body: `Reply of ${code}.`, summary: `Summary of ${code}.` } },
  }));
  return {
    cycle: {
      symbol: 'A/65/99',
      resolution: '64/38',
      organ: 'GENERAL_ASSEMBLY',
      office: office(officeCode),
      session: 65,
      sessionDates: null,
      agenda: null as TAgenda | null,
      issuedOn: '2010-07-02',
      reportLanguage: 'en',
      title: { [language]: 'Title', en: 'Title' },
      mandate: {},
      request: {},
      introduction: {},
      observations: {},
      noteVerbaleOn: '2010-02-19',
      orgLettersOn: ['2010-02-17', '2010-02-18'],
      cutoffOn: '2010-06-23',
      newInformationOnly: false,
      previousReportYear: null,
      ...cycle,
    },
    language,
    addendum: 0,
    replies,
    fullTextUrl: url,
  };
}

export const reportOf = (language: TLanguage, options: ReportOptions = {}): ReportDocument =>
  buildReport(inputOf(language, options));

/** The introduction's paragraph that `key` begins. */
export const paragraph = (document: ReportDocument, key: string) =>
  document.sections[0].paragraphs.find((p) => p.key === key)?.text;

export const FIVE_STATES = ['AUS', 'FIN', 'GEO', 'HUN', 'MEX'];
export const FIVE_ORGANIZATIONS = ['IAEA', 'ICAO', 'IMO', 'UNODC', 'CARICOM'];
export const ALL_ORGANIZATIONS = [
  'IAEA',
  'ICAO',
  'IMO',
  'UNODC',
  'CARICOM',
  'CSTO',
  'AUC',
  'CIS',
  'INTERPOL',
  'LAS',
  'NATO',
  'OCO',
  'OPCW',
  'WCO',
];
