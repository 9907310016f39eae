import {
  checkLength,
  countWords,
  INTRODUCTION_PARAGRAPHS,
  type TLanguage,
  type TMissingCycleField,
  type TReportChecks,
  inReport,
  isUndecided,
} from '@replies/shared';
import {
  inReportOrder,
  repliesInScope,
  type CompilationCycle,
  type CompilationInput,
  type CompilationReply,
} from './build-report';
import { headingName, localName } from './entity-names';
import type { ReportDocument } from './report-model';
import { plainText } from './plain-text';

/** The word limit of reports prepared by the Secretariat. */
export const REPORT_WORD_LIMIT = 8500;

export type ReportChecks = TReportChecks;

// Words that every language's length sentence contains, to recognise one pasted into a reply's text.
const LENGTH_SENTENCE_MARKERS = [
  'acceptable length',
  '篇幅限制',
  'longueur acceptable',
  'extensión aceptable',
  'допустимый объем',
  'الطول المقبول',
];

export function reportChecks(
  input: CompilationInput & { limits: { replyWordLimit: number; summaryWordLimit: number } },
  document: ReportDocument,
): ReportChecks {
  const { language } = input;
  const scope = repliesInScope(input);
  const included = scope.filter((r) => inReport(r.status) && r.decision);
  const name = (reply: CompilationReply) => headingName(reply.entity, language);
  const words = countWords(plainText(document)).words;

  const missingTranslations: ReportChecks['missingTranslations'] = [];
  for (const reply of inReportOrder(included, language)) {
    if (!localName(reply.entity, language))
      missingTranslations.push({ entityCode: reply.entity.code, name: name(reply), what: 'name' });
    const text = reply.texts[language];
    if (reply.decision === 'FULL' && !text?.body.trim())
      missingTranslations.push({ entityCode: reply.entity.code, name: name(reply), what: 'text' });
    if (reply.decision === 'SUMMARY' && !text?.summary?.trim())
      missingTranslations.push({ entityCode: reply.entity.code, name: name(reply), what: 'summary' });
  }

  const missingCycleFields = missingCycleFieldsOf(input.cycle, language);

  const notAccepted = inReportOrder(
    scope.filter((r) => isUndecided(r.status)),
    language,
  ).map((r) => ({ entityCode: r.entity.code, name: name(r), status: r.status }));

  const namesOtherEntity: ReportChecks['namesOtherEntity'] = [];
  for (const reply of included) {
    const printed = printedText(reply, language);
    if (!LENGTH_SENTENCE_MARKERS.some((marker) => printed.includes(marker))) continue;
    const mentions = input.replies
      .filter((other) => other.entity.code !== reply.entity.code)
      .map((other) => headingName(other.entity, language))
      .filter((other) => printed.includes(other));
    if (mentions.length) namesOtherEntity.push({ entityCode: reply.entity.code, name: name(reply), mentions });
  }

  const contradictions: ReportChecks['contradictions'] = [];
  for (const reply of included) {
    const original = reply.texts[reply.originalLanguage];
    if (!original) continue;
    const proposed = checkLength(
      { body: original.body, summary: original.summary, webOnly: reply.webOnly },
      input.limits,
    ).proposedDecision;
    if (proposed !== reply.decision)
      contradictions.push({ entityCode: reply.entity.code, name: name(reply), decision: reply.decision!, proposed });
  }

  return {
    words,
    wordLimit: REPORT_WORD_LIMIT,
    overWordLimit: words > REPORT_WORD_LIMIT,
    missingTranslations,
    missingCycleFields,
    notAccepted,
    namesOtherEntity,
    contradictions,
  };
}

const has = (text: string | undefined | null) => !!text?.trim();

/**
 * What the report in `language` lacks of the cycle: a text written in the report's own language (or,
 * for the observations, in any) and not yet in this one, the date of issue, the office's name.
 */
export function missingCycleFieldsOf(cycle: CompilationCycle, language: TLanguage): TMissingCycleField[] {
  const missing: TMissingCycleField[] = [];
  const original = cycle.reportLanguage;
  if (!has(cycle.title[language])) missing.push({ field: 'title', language });
  for (const field of ['mandate', 'request'] as const) {
    if (has(cycle[field][original]) && !has(cycle[field][language])) missing.push({ field, language });
  }
  for (const paragraph of INTRODUCTION_PARAGRAPHS) {
    if (has(cycle.introduction[original]?.[paragraph]) && !has(cycle.introduction[language]?.[paragraph]))
      missing.push({ field: 'introduction', language, paragraph });
  }
  if (Object.values(cycle.observations).some(has) && !has(cycle.observations[language]))
    missing.push({ field: 'observations', language });
  if (!cycle.issuedOn) missing.push({ field: 'issuedOn' });
  if (!has(cycle.office.names[language]))
    missing.push({ field: 'officeName', language, officeCode: cycle.office.code });
  return missing;
}

function printedText(reply: CompilationReply, language: TLanguage): string {
  const text = reply.texts[language];
  return (reply.decision === 'SUMMARY' ? text?.summary : text?.body) ?? '';
}
