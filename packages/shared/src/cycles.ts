import { z } from 'zod';
import {
  ZIntroduction,
  ZLocalizedText,
  ZStoredIntroduction,
  ZStoredLocalizedText,
  type TLocalizedText,
} from './cycle-texts';
import { ZIsoDate } from './dates';
import { ZEnZhNames, ZEntityCode, ZEntityType } from './entities';
import { ZLanguage, type TLanguage } from './languages';
import { ZCycleStatus } from './lifecycle';
import { ZOffice, ZOfficeCode } from './offices';
import { SESSION_RULES, ZAgenda, ZOrgan, ZStoredAgenda, type TOrgan } from './organs';
import { atMost } from './limits';

export const ZCycleSymbol = z
  .string()
  .trim()
  .regex(/^[A-Z]{1,4}(\/[A-Za-z0-9.]+){2,4}$/, { error: 'Write the document symbol as printed, e.g. A/65/99.' });

/** 64/38 and 64/38 B (Assembly), 52/10 and S-31/1 (Human Rights Council), 2023/15 (ECOSOC), 2325 (2016) (Security Council). */
export const RESOLUTION_NUMBER = /^((S-)?\d{1,4}\/\d{1,4}( ?[A-Z])?|\d{1,4} \(\d{4}\))$/;

const cycleFields = {
  symbol: ZCycleSymbol,
  resolution: z.string().trim().regex(RESOLUTION_NUMBER, {
    error: 'Write the resolution number as printed, e.g. 64/38, 52/10 or 2325 (2016).',
  }),
  organ: ZOrgan,
  /** The Secretariat office that compiles the report and hosts the full texts. */
  officeCode: ZOfficeCode,
  /** The session number (65), the year for the Economic and Social Council (2024); none for the Security Council. */
  session: z.number({ error: 'Enter the session as a number.' }).int().nullable(),
  /** Printed under the session line (the Human Rights Council's "26 February–5 April 2024"). */
  sessionDates: z
    .object({ from: ZIsoDate, to: ZIsoDate })
    .refine((dates) => dates.to >= dates.from, { error: 'The session cannot end before it begins.', path: ['to'] })
    .nullable(),
  agenda: ZAgenda.nullable(),
  /** The date of issue printed in the header. */
  issuedOn: ZIsoDate.nullable(),
  /** The language the report is written in ("Original: English" in every language version). */
  reportLanguage: ZLanguage,
  /** The office's page for the report, printed in footnotes instead of the portal's address of each full text. */
  fullTextUrl: z
    .url({ protocol: /^https?$/, error: 'Give the full address, starting with https://.' })
    .max(500, atMost(500))
    .nullable(),
  title: ZLocalizedText(500),
  /** The mandate as a whole paragraph, in each language; generated from the resolution, title and organ when empty. */
  mandate: ZLocalizedText(5000),
  /** What the note verbale and letters ask for: "to provide information on the subject". */
  request: ZLocalizedText(500),
  introduction: ZIntroduction,
  /** An optional closing section, "Observations", written by the editor. */
  observations: ZLocalizedText(20000),
  noteVerbaleOn: ZIsoDate,
  /** The dates of the letters to organizations; none when no letter went to organizations. */
  orgLettersOn: z.array(ZIsoDate).max(10),
  cutoffOn: ZIsoDate,
  replyWordLimit: z
    .number({ error: 'Enter a number of words.' })
    .int()
    .positive({ error: 'A limit is a positive number of words.' })
    .max(1_000_000, { error: 'A limit is at most 1,000,000 words.' }),
  summaryWordLimit: z
    .number({ error: 'Enter a number of words.' })
    .int()
    .positive({ error: 'A limit is a positive number of words.' })
    .max(1_000_000, { error: 'A limit is at most 1,000,000 words.' }),
  newInformationOnly: z.boolean(),
  /** The cycle this one follows (id or symbol), for "new information only". */
  previousCycle: z.string().trim().max(100, atMost(100)).nullable(),
};

export interface CycleRuleInput {
  organ?: TOrgan;
  session?: number | null;
  reportLanguage?: TLanguage;
  title?: TLocalizedText;
  noteVerbaleOn?: string;
  orgLettersOn?: string[];
  cutoffOn?: string;
  replyWordLimit?: number;
  summaryWordLimit?: number;
}

/**
 * Rules across fields: the cut-off follows the requests; the summary limit does not exceed the reply
 * limit; the session fits the organ; the title is given in the report's own language.
 */
export function cycleRuleViolations(cycle: CycleRuleInput): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (cycle.cutoffOn && cycle.noteVerbaleOn && cycle.cutoffOn < cycle.noteVerbaleOn) {
    problems.push({ path: 'cutoffOn', message: 'The cut-off date cannot come before the note verbale.' });
  }
  cycle.orgLettersOn?.forEach((date, index) => {
    if (cycle.cutoffOn && date > cycle.cutoffOn) {
      problems.push({
        path: `orgLettersOn.${index}`,
        message: 'A letter to organizations cannot come after the cut-off date.',
      });
    }
  });
  if (cycle.replyWordLimit && cycle.summaryWordLimit && cycle.summaryWordLimit > cycle.replyWordLimit) {
    problems.push({ path: 'summaryWordLimit', message: 'The summary limit cannot exceed the reply limit.' });
  }
  if (cycle.organ) {
    const rule = SESSION_RULES[cycle.organ];
    const session = cycle.session;
    if (
      rule.kind === 'number' &&
      (session == null || Number.isNaN(session) || session < rule.min || session > rule.max)
    )
      problems.push({ path: 'session', message: 'Enter the session number, e.g. 65.' });
    if (rule.kind === 'year' && (session == null || Number.isNaN(session) || session < rule.min || session > rule.max))
      problems.push({ path: 'session', message: 'Enter the year of the session, e.g. 2024.' });
  }
  if (cycle.title && cycle.reportLanguage && !cycle.title[cycle.reportLanguage]?.trim()) {
    problems.push({
      path: `title.${cycle.reportLanguage}`,
      message: 'The title is required in the language the report is written in.',
    });
  }
  return problems;
}

const withCycleRules = <T extends CycleRuleInput>(value: T, context: z.RefinementCtx) => {
  for (const problem of cycleRuleViolations(value)) {
    context.addIssue({
      code: 'custom',
      message: problem.message,
      path: problem.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    });
  }
};

export const ZCreateCycle = z
  .object({
    ...cycleFields,
    organ: cycleFields.organ.default('GENERAL_ASSEMBLY'),
    session: cycleFields.session.optional(),
    sessionDates: cycleFields.sessionDates.optional(),
    agenda: cycleFields.agenda.optional(),
    issuedOn: cycleFields.issuedOn.optional(),
    reportLanguage: cycleFields.reportLanguage.default('en'),
    fullTextUrl: cycleFields.fullTextUrl.optional(),
    mandate: cycleFields.mandate.optional(),
    request: cycleFields.request.optional(),
    introduction: cycleFields.introduction.optional(),
    observations: cycleFields.observations.optional(),
    orgLettersOn: cycleFields.orgLettersOn.default([]),
    newInformationOnly: cycleFields.newInformationOnly.default(false),
    previousCycle: cycleFields.previousCycle.optional(),
  })
  .superRefine(withCycleRules);
export type TCreateCycle = z.input<typeof ZCreateCycle>;

export const ZUpdateCycle = z.object(cycleFields).partial().superRefine(withCycleRules);
export type TUpdateCycle = z.input<typeof ZUpdateCycle>;

/** A date in a response: YYYY-MM-DD. */
const date = z.string().meta({ format: 'date' });

export const ZCycle = z
  .object({
    id: z.string(),
    symbol: z.string(),
    /** The symbol as used in addresses: A/65/99 → A-65-99. */
    slug: z.string(),
    resolution: z.string(),
    organ: ZOrgan,
    office: ZOffice.nullable(),
    session: z.number().nullable(),
    sessionDates: z.object({ from: date, to: date }).nullable(),
    agenda: ZStoredAgenda.nullable(),
    issuedOn: date.nullable(),
    reportLanguage: ZLanguage,
    fullTextUrl: z.string().nullable(),
    title: ZStoredLocalizedText,
    mandate: ZStoredLocalizedText,
    request: ZStoredLocalizedText,
    introduction: ZStoredIntroduction,
    observations: ZStoredLocalizedText,
    noteVerbaleOn: date,
    orgLettersOn: z.array(date),
    cutoffOn: date,
    replyWordLimit: z.number(),
    summaryWordLimit: z.number(),
    newInformationOnly: z.boolean(),
    previousCycle: z.object({ id: z.string(), symbol: z.string() }).nullable(),
    status: ZCycleStatus,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Cycle' });
export type TCycle = z.infer<typeof ZCycle>;

export const symbolToSlug = (symbol: string) => symbol.replace(/\//g, '-');

export const INVITATION_CHANNELS = ['NOTE_VERBALE', 'LETTER'] as const;
export type TInvitationChannel = (typeof INVITATION_CHANNELS)[number];
export const ZInvitationChannel = z.enum(INVITATION_CHANNELS);

/** States are asked by note verbale, organizations by letter, unless the editor chooses one channel for all. */
export const defaultChannel = (type: z.infer<typeof ZEntityType>): TInvitationChannel =>
  type === 'STATE' ? 'NOTE_VERBALE' : 'LETTER';

/** Invite a chosen list of entities and/or whole groups (all States in one click, organizations by group). */
export const ZCreateInvitations = z
  .object({
    entityCodes: z.array(ZEntityCode).max(500).default([]),
    groups: z.array(ZEntityType).max(3).default([]),
    /** Omitted: each entity gets its usual channel (`defaultChannel`). */
    channel: z.enum(INVITATION_CHANNELS).optional(),
    sentOn: ZIsoDate,
  })
  .refine((v) => v.entityCodes.length > 0 || v.groups.length > 0, {
    error: 'Choose the States or organizations to invite.',
    path: ['entityCodes'],
  });
export type TCreateInvitations = z.input<typeof ZCreateInvitations>;

export const ZSendReminders = z.object({
  /** Default: every invited entity without a submitted reply. */
  entityCodes: z.array(ZEntityCode).max(500).optional(),
  sentOn: ZIsoDate,
});
export type TSendReminders = z.input<typeof ZSendReminders>;

export const ZInvitation = z.object({
  entityCode: z.string(),
  entityType: ZEntityType,
  names: ZEnZhNames,
  channel: ZInvitationChannel,
  sentOn: date,
  reminders: z.array(date),
  /** Active focal points: those who receive the mail. */
  focalPoints: z.number(),
  /** Focal points invited by mail who have not activated their account yet. */
  invitedFocalPoints: z.number(),
  replyStatus: z.string().nullable(),
});
export type TInvitation = z.infer<typeof ZInvitation>;

const groupCount = z.object({ invited: z.number(), replied: z.number() });
export const ZCycleDashboard = z.object({
  invited: z.number(),
  drafting: z.number(),
  /** Submitted and waiting for the Secretariat's review. */
  submitted: z.number(),
  /** Returned to the sender for changes. */
  returned: z.number(),
  accepted: z.number(),
  notReplied: z.number(),
  withoutFocalPoint: z.number(),
  daysToCutoff: z.number(),
  byGroup: z.object({ STATE: groupCount, UN_SYSTEM: groupCount, OTHER: groupCount }),
});
export type TCycleDashboard = z.infer<typeof ZCycleDashboard>;
