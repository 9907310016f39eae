import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  INTRODUCTION_PARAGRAPHS,
  LANGUAGES,
  ZCreateCycle,
  type TAgendaKind,
  type TCreateCycle,
  type TCycle,
  type TIntroductionParagraph,
  type TLanguage,
  type TLocalizedText,
  type TOrgan,
} from '@replies/shared';

/** The texts the form edits in the six languages, each with a language switch. */
export const LOCALIZED_FIELDS = ['title', 'mandate', 'request', 'observations'] as const;
export type LocalizedFieldName = (typeof LOCALIZED_FIELDS)[number];

type AllLanguages = Record<TLanguage, string>;

/** The form's values: every text in every language (empty when not written), dates and numbers as typed. */
export interface CycleFormValues {
  symbol: string;
  resolution: string;
  organ: TOrgan;
  officeCode: string;
  session: string;
  sessionDates: { from: string; to: string };
  agenda: { kind: TAgendaKind | ''; item: string; listSymbol: string };
  issuedOn: string;
  reportLanguage: TLanguage;
  fullTextUrl: string;
  title: AllLanguages;
  mandate: AllLanguages;
  request: AllLanguages;
  observations: AllLanguages;
  introduction: Record<TLanguage, Record<TIntroductionParagraph, string>>;
  noteVerbaleOn: string;
  orgLettersOn: string[];
  cutoffOn: string;
  replyWordLimit: number;
  summaryWordLimit: number;
  newInformationOnly: boolean;
  previousCycle: string | null;
}

const allLanguages = (text: TLocalizedText | undefined): AllLanguages =>
  Object.fromEntries(LANGUAGES.map((language) => [language, text?.[language] ?? ''])) as AllLanguages;

export function valuesOf(cycle?: TCycle): CycleFormValues {
  return {
    symbol: cycle?.symbol ?? '',
    resolution: cycle?.resolution ?? '',
    organ: cycle?.organ ?? 'GENERAL_ASSEMBLY',
    officeCode: cycle?.office?.code ?? '',
    session: cycle?.session == null ? '' : String(cycle.session),
    sessionDates: { from: cycle?.sessionDates?.from ?? '', to: cycle?.sessionDates?.to ?? '' },
    agenda: {
      kind: cycle?.agenda?.kind ?? '',
      item: cycle?.agenda?.item ?? '',
      listSymbol: cycle?.agenda?.listSymbol ?? '',
    },
    issuedOn: cycle?.issuedOn ?? '',
    reportLanguage: cycle?.reportLanguage ?? 'en',
    fullTextUrl: cycle?.fullTextUrl ?? '',
    title: allLanguages(cycle?.title),
    mandate: allLanguages(cycle?.mandate),
    request: allLanguages(cycle?.request),
    observations: allLanguages(cycle?.observations),
    introduction: Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        Object.fromEntries(INTRODUCTION_PARAGRAPHS.map((key) => [key, cycle?.introduction[language]?.[key] ?? ''])),
      ]),
    ) as CycleFormValues['introduction'],
    noteVerbaleOn: cycle?.noteVerbaleOn ?? '',
    orgLettersOn: cycle ? [...cycle.orgLettersOn] : [''],
    cutoffOn: cycle?.cutoffOn ?? '',
    replyWordLimit: cycle?.replyWordLimit ?? Number.NaN,
    summaryWordLimit: cycle?.summaryWordLimit ?? Number.NaN,
    newInformationOnly: cycle?.newInformationOnly ?? false,
    previousCycle: cycle?.previousCycle?.id ?? null,
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** What the API is sent: an agenda or none, the session dates or none, empty dates and addresses as none. */
export function toPayload(values: CycleFormValues): TCreateCycle {
  const { agenda, sessionDates, session, ...rest } = values;
  return {
    ...rest,
    session: values.organ === 'SECURITY_COUNCIL' || !session.trim() ? null : Number(session),
    sessionDates:
      values.organ === 'SECURITY_COUNCIL' || (!sessionDates.from && !sessionDates.to)
        ? null
        : { from: sessionDates.from, to: sessionDates.to },
    agenda: agenda.kind
      ? { kind: agenda.kind, item: agenda.item, listSymbol: agenda.kind === 'ADOPTED' ? null : agenda.listSymbol }
      : null,
    issuedOn: orNull(values.issuedOn),
    fullTextUrl: orNull(values.fullTextUrl),
    // Empty date inputs are left out: a cycle may have sent no letter to organizations.
    orgLettersOn: values.orgLettersOn.filter(Boolean),
  };
}

const zod = zodResolver(ZCreateCycle);

/** Validates what the API will be sent with the API's own schema; errors land on the fields of the same name. */
export const cycleResolver: Resolver<CycleFormValues, unknown, TCreateCycle> = (values, context, options) =>
  zod(toPayload(values), context, options as never);

/** Every field an error of the API may name. */
export const FIELDS: readonly string[] = [
  'symbol',
  'resolution',
  'organ',
  'officeCode',
  'session',
  'sessionDates.from',
  'sessionDates.to',
  'agenda.kind',
  'agenda.item',
  'agenda.listSymbol',
  'issuedOn',
  'reportLanguage',
  'fullTextUrl',
  ...LOCALIZED_FIELDS.flatMap((field) => LANGUAGES.map((language) => `${field}.${language}`)),
  ...LANGUAGES.flatMap((language) => INTRODUCTION_PARAGRAPHS.map((key) => `introduction.${language}.${key}`)),
  'noteVerbaleOn',
  'orgLettersOn',
  ...Array.from({ length: 10 }, (_, index) => `orgLettersOn.${index}`),
  'cutoffOn',
  'replyWordLimit',
  'summaryWordLimit',
  'newInformationOnly',
  'previousCycle',
];

/**
 * Whether a language lacks a text: the title in any language; the mandate and request where the
 * report's own language has one; the observations where any language has them.
 */
export function isMissing(
  field: LocalizedFieldName,
  texts: Partial<AllLanguages>,
  language: TLanguage,
  original: TLanguage,
): boolean {
  if (texts[language]?.trim()) return false;
  if (field === 'title') return true;
  if (field === 'observations') return LANGUAGES.some((l) => texts[l]?.trim());
  return !!texts[original]?.trim();
}
