import { inReport, type TReplyStatus } from '@replies/shared';
import type {
  TAgenda,
  TDecision,
  TIntroduction,
  TIntroductionParagraph,
  TIsoDate,
  TLanguage,
  TLocalizedText,
  TOrgan,
} from '@replies/shared';
import { headingName, runningName, senderPhrase, type NamedEntity } from './entity-names';
import { FORMULAS, type Formulas, type SectionNumbers } from './formulas';
import type {
  NumberedParagraph,
  ReportDocument,
  ReportEntry,
  ReportFootnote,
  ReportHeader,
  ReportSection,
  ReportSubsection,
  TextBlock,
} from './report-model';
import { toBlocks } from './text-blocks';

export interface CompilationReply {
  entity: NamedEntity;
  status: TReplyStatus;
  originalLanguage: TLanguage;
  receivedOn: TIsoDate;
  decision: TDecision | null;
  /** The sender's choice that an over-limit reply appear on the web only. */
  webOnly: boolean;
  texts: Partial<Record<TLanguage, { body: string; summary: string | null }>>;
}

/** The office that compiles the report: its name in each language, for footnotes and length sentences. */
export interface CompilationOffice {
  code: string;
  names: Partial<Record<TLanguage, string | null>> & { en: string };
}

export interface CompilationCycle {
  symbol: string;
  resolution: string;
  organ: TOrgan;
  office: CompilationOffice;
  session: number | null;
  sessionDates: { from: TIsoDate; to: TIsoDate } | null;
  agenda: TAgenda | null;
  issuedOn: TIsoDate | null;
  /** The language the report is written in: "Original: …" in every version. */
  reportLanguage: TLanguage;
  title: TLocalizedText;
  mandate: TLocalizedText;
  request: TLocalizedText;
  introduction: TIntroduction;
  observations: TLocalizedText;
  noteVerbaleOn: TIsoDate;
  orgLettersOn: TIsoDate[];
  cutoffOn: TIsoDate;
  newInformationOnly: boolean;
  /** The year the organizations last reported, for the new-information-only sentence. */
  previousReportYear: string | null;
}

export interface CompilationInput {
  cycle: CompilationCycle;
  language: TLanguage;
  /** 0 for the report; 1 for the addendum of the replies received after the cut-off date. */
  addendum: 0 | 1;
  replies: CompilationReply[];
  fullTextUrl: (entityCode: string) => string;
}

/** The replies a report (or its addendum) reproduces: accepted, and received before (or after) the cut-off. */
export function repliesInScope(input: Pick<CompilationInput, 'cycle' | 'addendum' | 'replies'>): CompilationReply[] {
  return input.replies.filter(
    (reply) =>
      reply.status !== 'WITHDRAWN' &&
      (input.addendum ? reply.receivedOn > input.cycle.cutoffOn : reply.receivedOn <= input.cycle.cutoffOn),
  );
}

/**
 * Entries in the order of the report's language (its collation of the names), except Chinese,
 * which keeps the English order, as the Chinese A/65/99 does.
 */
export function inReportOrder<T extends { entity: NamedEntity }>(items: T[], language: TLanguage): T[] {
  const orderLanguage = language === 'zh' ? 'en' : language;
  const collator = new Intl.Collator(orderLanguage, { sensitivity: 'base' });
  return [...items].sort((a, b) =>
    collator.compare(headingName(a.entity, orderLanguage), headingName(b.entity, orderLanguage)),
  );
}

/** The accepted replies of the report (or addendum), in report order, by group. */
function included(input: CompilationInput) {
  const all = inReportOrder(
    repliesInScope(input).filter((reply) => inReport(reply.status) && reply.decision),
    input.language,
  );
  return {
    states: all.filter((r) => r.entity.type === 'STATE'),
    unSystem: all.filter((r) => r.entity.type === 'UN_SYSTEM'),
    others: all.filter((r) => r.entity.type === 'OTHER'),
  };
}

/** The report's title in its language, or in the language it was written in until translated (a check says so). */
export function reportTitle(cycle: CompilationCycle, language: TLanguage): string {
  return cycle.title[language] || cycle.title[cycle.reportLanguage] || cycle.title.en || '';
}

/** The office's name in the language, or in English until given (a check says so). */
export function officeName(cycle: CompilationCycle, language: TLanguage): string {
  return cycle.office.names[language]?.trim() || cycle.office.names.en;
}

/**
 * The introduction's paragraphs as the portal writes them, before the editor's own texts replace
 * any of them: the mandate (the cycle's paragraph, or one generated from the resolution, title and
 * organ), the requests, the new-information-only sentence, the replies as at the cut-off, the addenda.
 */
export function generatedIntroduction(
  input: CompilationInput,
  sections: SectionNumbers = {
    states: FORMULAS[input.language].sectionNumbers[1],
    organizations: FORMULAS[input.language].sectionNumbers[2],
  },
): Record<TIntroductionParagraph, string> {
  const { cycle, language } = input;
  const f = FORMULAS[language];
  const { states, unSystem, others } = included(input);
  const mandate =
    cycle.mandate[language]?.trim() ||
    f.defaultMandate({
      organ: cycle.organ,
      resolution: cycle.resolution,
      title: reportTitle(cycle, language),
      session: cycle.session,
    });
  return {
    mandate: f.sentences([mandate, f.mandateClosing]),
    requests: f.requests(cycle.noteVerbaleOn, cycle.orgLettersOn, cycle.request[language]?.trim() || f.defaultRequest),
    newInformationOnly: cycle.newInformationOnly ? f.newInformationOnly(cycle.previousReportYear) : '',
    receivedAsAt: f.receivedAsAt(
      cycle.cutoffOn,
      states.map((r) => runningName(r.entity, language)),
      unSystem.length + others.length,
      sections,
    ),
    addenda: f.addenda,
  };
}

/** The editor's text of a paragraph in this language, if any. */
const editorText = (cycle: CompilationCycle, language: TLanguage, key: TIntroductionParagraph) =>
  cycle.introduction[language]?.[key]?.trim() || null;

// The printed paragraphs and the generated paragraphs each is made of (the new-information-only
// sentence closes the paragraph of the requests, as in A/65/99).
const PRINTED_PARAGRAPHS: TIntroductionParagraph[][] = [
  ['mandate'],
  ['requests', 'newInformationOnly'],
  ['receivedAsAt'],
  ['addenda'],
];

function introductionParagraphs(input: CompilationInput, f: Formulas, sections: SectionNumbers): NumberedParagraph[] {
  const { cycle, language } = input;
  const generated = generatedIntroduction(input, sections);
  const paragraphs: Omit<NumberedParagraph, 'number'>[] = [];
  for (const keys of PRINTED_PARAGRAPHS) {
    const texts = keys.map((key) => editorText(cycle, language, key) ?? generated[key]);
    const text = f.sentences(texts);
    if (!text) continue;
    paragraphs.push({
      key: keys[0],
      text,
      edited: keys.some((key) => editorText(cycle, language, key) !== null),
    });
  }
  return paragraphs.map((p, index) => ({ number: index + 1, ...p }));
}

function header(input: CompilationInput, f: Formulas, symbol: string): ReportHeader {
  const { cycle, language } = input;
  const agenda = cycle.agenda;
  return {
    organ: f.organ(cycle.organ),
    body: f.body(cycle.organ),
    symbol,
    distributionLanguage: language === 'fr' || language === 'es' ? language : 'en',
    distribution: f.distribution,
    issuedOn: cycle.issuedOn ? f.issuedOn(cycle.issuedOn) : null,
    versionLanguage: language === cycle.reportLanguage ? null : f.versionLanguage,
    originalLanguage: f.originalLanguage(cycle.reportLanguage),
    session: cycle.session === null ? null : f.session(cycle.organ, cycle.session),
    sessionDates:
      cycle.sessionDates && cycle.organ !== 'SECURITY_COUNCIL'
        ? f.sessionDates(cycle.sessionDates.from, cycle.sessionDates.to)
        : null,
    agenda: agenda ? f.agenda(agenda) : null,
    agendaFootnote:
      agenda && agenda.kind !== 'ADOPTED' && agenda.listSymbol ? f.agendaFootnote(agenda.listSymbol) : null,
    title: reportTitle(cycle, language),
    subtitle: f.subtitle,
  };
}

/** The editor's closing section in this language, its paragraphs numbered on from `after`. */
function observations(input: CompilationInput, f: Formulas, after: number): ReportSection | null {
  const { cycle, language } = input;
  const written = Object.values(cycle.observations).some((text) => text?.trim());
  if (!written) return null;
  const text = cycle.observations[language]?.trim();
  const paragraphs = text
    ? text
        .split(/\n+/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, index) => ({ number: after + index + 1, text: p }))
    : [{ number: after + 1, text: f.missingSection(language) }];
  return { id: 'observations', number: '', heading: f.headings.observations, paragraphs, entries: [], subsections: [] };
}

export function buildReport(input: CompilationInput): ReportDocument {
  const { cycle, language, addendum } = input;
  const f = FORMULAS[language];
  const { states, unSystem, others } = included(input);
  const footnotes: ReportFootnote[] = [];
  const entryOf = (reply: CompilationReply) => toEntry(reply, input, footnotes);
  const symbol = addendum ? `${cycle.symbol}/Add.${addendum}` : cycle.symbol;

  // Sections without entries are left out, so the introduction cites the numbers the report really gives.
  const sectionNumbers: SectionNumbers = {
    states: f.sectionNumbers[1],
    organizations: f.sectionNumbers[states.length ? 2 : 1],
  };
  const introduction: ReportSection = {
    id: 'introduction',
    number: '',
    heading: addendum ? f.headings.addendumIntroduction : f.headings.introduction,
    paragraphs: addendum
      ? [
          { number: 1, key: 'addendumIntroduction', text: f.addendumIntro(cycle.symbol, cycle.cutoffOn) },
          { number: 2, key: 'addenda', text: editorText(cycle, language, 'addenda') ?? f.addenda },
        ]
      : introductionParagraphs(input, f, sectionNumbers),
    entries: [],
    subsections: [],
  };

  const statesSection: ReportSection = {
    id: 'states',
    number: '',
    heading: f.headings.states,
    paragraphs: [],
    entries: states.map(entryOf),
    subsections: [],
  };
  const subsections: ReportSubsection[] = [
    { id: 'un-system' as const, letter: '', heading: f.headings.unSystem, entries: unSystem.map(entryOf) },
    { id: 'other' as const, letter: '', heading: f.headings.other, entries: others.map(entryOf) },
  ]
    .filter((s) => s.entries.length)
    .map((s, i) => ({ ...s, letter: f.subsectionLetters[i] }));
  const organizationsSection: ReportSection = {
    id: 'organizations',
    number: '',
    heading: f.headings.organizations,
    paragraphs: [],
    entries: [],
    subsections,
  };
  const closing = addendum ? null : observations(input, f, introduction.paragraphs.length);

  const sections = [introduction, statesSection, organizationsSection, closing]
    .filter(
      (s): s is ReportSection => !!s && (s.paragraphs.length > 0 || s.entries.length > 0 || s.subsections.length > 0),
    )
    .map((s, i) => ({ ...s, number: f.sectionNumbers[i] }));

  return {
    language,
    direction: language === 'ar' ? 'rtl' : 'ltr',
    symbol,
    addendum,
    header: header(input, f, symbol),
    sections,
    footnotes,
  };
}

function toEntry(reply: CompilationReply, input: CompilationInput, footnotes: ReportFootnote[]): ReportEntry {
  const { language, cycle } = input;
  const f = FORMULAS[language];
  const url = input.fullTextUrl(reply.entity.code);
  const sender = senderPhrase(reply.entity, language);
  const office = officeName(cycle, language);
  const text = reply.texts[language];
  const decision = reply.decision!;
  let blocks: TextBlock[];
  let footnoteId: number | null = null;
  if (decision === 'WEB_ONLY') {
    blocks = [{ kind: 'paragraph', number: null, text: f.lengthSentence(sender, url, office) }];
  } else {
    const printed = decision === 'SUMMARY' ? text?.summary : text?.body;
    blocks = printed?.trim()
      ? toBlocks(printed)
      : [{ kind: 'paragraph', number: null, text: f.missingTranslation(language) }];
    if (decision === 'SUMMARY') {
      footnoteId = footnotes.length + 1;
      footnotes.push({ id: footnoteId, entityCode: reply.entity.code, text: f.footnote(sender, url, office), url });
    }
  }
  return {
    entityCode: reply.entity.code,
    heading: headingName(reply.entity, language),
    decision,
    footnoteId,
    originalLine: f.original(reply.originalLanguage),
    dateLine: f.received(reply.receivedOn),
    blocks,
    fullTextUrl: url,
  };
}
