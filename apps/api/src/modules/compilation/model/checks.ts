import { checkLength, countWords, type TLanguage, type TReportChecks, inReport, isUndecided } from '@replies/shared';
import { inReportOrder, repliesInScope, type CompilationInput, type CompilationReply } from './build-report';
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

  const missingCycleTexts: ReportChecks['missingCycleTexts'] = [];
  if (!input.cycle.title[language]) missingCycleTexts.push('title');
  if (input.cycle.mandate.en && !input.cycle.mandate[language]) missingCycleTexts.push('mandate');

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
    missingCycleTexts,
    notAccepted,
    namesOtherEntity,
    contradictions,
  };
}

function printedText(reply: CompilationReply, language: TLanguage): string {
  const text = reply.texts[language];
  return (reply.decision === 'SUMMARY' ? text?.summary : text?.body) ?? '';
}
