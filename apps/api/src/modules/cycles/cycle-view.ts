import type { TCycle, TIntroduction, TIntroductionTexts, TLocalizedText } from '@replies/shared';
import { cycleStatusOn, presentTexts, symbolToSlug, todayAt } from '@replies/shared';
import { secretariatTimeZone, toIsoDate } from '../../common/dates';
import type { Prisma } from '../../generated/prisma/client';
import { OFFICE_FIELDS, toOffice } from '../offices/office-view';

export const CYCLE_INCLUDE = {
  texts: true,
  office: { select: OFFICE_FIELDS },
  previousCycle: { select: { id: true, symbol: true } },
} as const;
export type CycleRow = Prisma.CycleGetPayload<{ include: typeof CYCLE_INCLUDE }>;

/** The texts kept per language (CycleText), gathered by field. */
const TEXT_FIELDS = ['title', 'mandate', 'request', 'observations'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export function toCycle(row: CycleRow): TCycle {
  const texts: Record<TextField, TLocalizedText> = { title: {}, mandate: {}, request: {}, observations: {} };
  const introduction: TIntroduction = {};
  for (const text of row.texts) {
    const language = text.language;
    for (const field of TEXT_FIELDS) if (text[field]) texts[field][language] = text[field];
    const paragraphs = presentTexts(text.introduction as TIntroductionTexts | null);
    if (Object.keys(paragraphs).length) introduction[language] = paragraphs;
  }
  return {
    id: row.id,
    symbol: row.symbol,
    slug: symbolToSlug(row.symbol),
    resolution: row.resolution,
    organ: row.organ,
    office: row.office && toOffice(row.office),
    session: row.session,
    sessionDates:
      row.sessionFrom && row.sessionTo ? { from: toIsoDate(row.sessionFrom), to: toIsoDate(row.sessionTo) } : null,
    agenda:
      row.agendaKind && row.agendaItem
        ? { kind: row.agendaKind, item: row.agendaItem, listSymbol: row.agendaListSymbol }
        : null,
    issuedOn: row.issuedOn && toIsoDate(row.issuedOn),
    reportLanguage: row.reportLanguage,
    fullTextUrl: row.fullTextUrl,
    ...texts,
    introduction,
    noteVerbaleOn: toIsoDate(row.noteVerbaleOn),
    orgLettersOn: row.orgLettersOn.map(toIsoDate),
    cutoffOn: toIsoDate(row.cutoffOn),
    replyWordLimit: row.replyWordLimit,
    summaryWordLimit: row.summaryWordLimit,
    newInformationOnly: row.newInformationOnly,
    previousCycle: row.previousCycle,
    status: cycleStatusOn(row.status, toIsoDate(row.cutoffOn), todayAt(secretariatTimeZone())),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
