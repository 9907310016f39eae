import type { CompilationCycle } from '../modules/compilation/model/build-report';

/** The made-up General Assembly cycle the compilation benches compile, under its own symbol. */
export const benchCycle = (symbol: string): CompilationCycle => ({
  symbol,
  resolution: '98/1',
  organ: 'GENERAL_ASSEMBLY',
  office: { code: 'ODA', names: { en: 'Office for Disarmament Affairs', zh: '裁军事务厅' } },
  session: 99,
  sessionDates: null,
  agenda: null,
  issuedOn: '2030-07-01',
  reportLanguage: 'en',
  title: { en: 'Benchmark' },
  mandate: {},
  request: {},
  introduction: {},
  observations: {},
  noteVerbaleOn: '2030-02-01',
  orgLettersOn: ['2030-02-01'],
  cutoffOn: '2030-06-30',
  newInformationOnly: false,
  previousReportYear: null,
});
