import { inReport, type TReplyStatus } from '@replies/shared';
import type { TDecision, TIsoDate, TLanguage, TLocalizedText } from '@replies/shared';
import { headingName, runningName, senderPhrase, type NamedEntity } from './entity-names';
import { FORMULAS } from './formulas';
import type {
  ReportDocument,
  ReportEntry,
  ReportFootnote,
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

export interface CompilationCycle {
  symbol: string;
  resolution: string;
  session: number;
  agendaItem: string | null;
  title: TLocalizedText;
  mandate: TLocalizedText;
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

export function buildReport(input: CompilationInput): ReportDocument {
  const { cycle, language, addendum } = input;
  const f = FORMULAS[language];
  const included = inReportOrder(
    repliesInScope(input).filter((reply) => inReport(reply.status) && reply.decision),
    language,
  );
  const states = included.filter((r) => r.entity.type === 'STATE');
  const unSystem = included.filter((r) => r.entity.type === 'UN_SYSTEM');
  const others = included.filter((r) => r.entity.type === 'OTHER');

  const footnotes: ReportFootnote[] = [];
  const entryOf = (reply: CompilationReply) => toEntry(reply, input, footnotes);
  const symbol = addendum ? `${cycle.symbol}/Add.${addendum}` : cycle.symbol;
  const title = cycle.title[language] || cycle.title.en || '';

  const sentences = (...parts: (string | false | null)[]) => parts.filter(Boolean).join(language === 'zh' ? '' : ' ');
  // Sections without entries are left out, so the introduction cites the numbers the report really gives.
  const sectionNumber = {
    states: f.sectionNumbers[1],
    organizations: f.sectionNumbers[states.length ? 2 : 1],
  };
  const introduction: ReportSection = {
    id: 'introduction',
    number: '',
    heading: addendum ? f.headings.addendumIntroduction : f.headings.introduction,
    paragraphs: (addendum
      ? [f.addendumIntro(cycle.symbol, cycle.cutoffOn), f.addenda]
      : [
          f.mandate(cycle.resolution, title, mandateClause(cycle.mandate[language], language), cycle.session),
          sentences(
            f.requests(cycle.noteVerbaleOn, cycle.orgLettersOn),
            cycle.newInformationOnly && f.newInformationOnly(cycle.previousReportYear),
          ),
          f.received_as_at(
            cycle.cutoffOn,
            states.map((r) => runningName(r.entity, language)),
            unSystem.length + others.length,
            sectionNumber,
          ),
          f.addenda,
        ]
    ).map((text, index) => ({ number: index + 1, text })),
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

  const sections = [introduction, statesSection, organizationsSection]
    .filter((s) => s.paragraphs.length || s.entries.length || s.subsections.length)
    .map((s, i) => ({ ...s, number: f.sectionNumbers[i] }));

  return {
    language,
    direction: language === 'ar' ? 'rtl' : 'ltr',
    symbol,
    addendum,
    header: {
      organ: f.organ,
      symbol,
      session: f.session(cycle.session),
      agendaItem: cycle.agendaItem ? f.agendaItem(cycle.agendaItem) : null,
      title,
      subtitle: f.subtitle,
    },
    sections,
    footnotes,
  };
}

// The formula names the Assembly itself; a mandate typed as a whole sentence would name it twice.
const ASSEMBLY_SUBJECT: Partial<Record<TLanguage, RegExp>> = {
  en: /^(the\s+)?general\s+assembly,?\s+/i,
  fr: /^l['’]assemblée\s+générale,?\s+/i,
  es: /^la\s+asamblea\s+general,?\s+/i,
  ru: /^генеральная\s+ассамблея,?\s+/i,
  zh: /^大会[，,]?/,
};

/** What the resolution asked, as the clause after "the General Assembly …" (null when not given). */
export function mandateClause(mandate: string | undefined, language: TLanguage): string | null {
  const text = mandate?.trim();
  if (!text) return null;
  const subject = ASSEMBLY_SUBJECT[language];
  return subject ? text.replace(subject, '') : text;
}

function toEntry(reply: CompilationReply, input: CompilationInput, footnotes: ReportFootnote[]): ReportEntry {
  const { language } = input;
  const f = FORMULAS[language];
  const url = input.fullTextUrl(reply.entity.code);
  const sender = senderPhrase(reply.entity, language);
  const text = reply.texts[language];
  const decision = reply.decision!;
  let blocks: TextBlock[];
  let footnoteId: number | null = null;
  if (decision === 'WEB_ONLY') {
    blocks = [{ kind: 'paragraph', number: null, text: f.lengthSentence(sender, url) }];
  } else {
    const printed = decision === 'SUMMARY' ? text?.summary : text?.body;
    blocks = printed?.trim()
      ? toBlocks(printed)
      : [{ kind: 'paragraph', number: null, text: f.missingTranslation(language) }];
    if (decision === 'SUMMARY') {
      footnoteId = footnotes.length + 1;
      footnotes.push({ id: footnoteId, entityCode: reply.entity.code, text: f.footnote(sender, url), url });
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
