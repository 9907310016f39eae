import { z } from 'zod';
import { ZIsoDate, type TIsoDate } from './dates';
import { ZEntityCode, ZEntityType } from './entities';
import type { TLanguage } from './languages';

const text = (max: number) => z.string().trim().max(max);

/** A text in the six official languages; English, the Secretariat's working language, is required. */
export const ZLocalizedTitle = z.strictObject({
  en: text(500).min(1, { error: 'The English title is required.' }),
  fr: text(500).optional(),
  es: text(500).optional(),
  ru: text(500).optional(),
  zh: text(500).optional(),
  ar: text(500).optional(),
});
export const ZLocalizedMandate = z
  .strictObject({ en: text(5000), fr: text(5000), es: text(5000), ru: text(5000), zh: text(5000), ar: text(5000) })
  .partial();
export type TLocalizedText = Partial<Record<TLanguage, string>>;

export const ZCycleSymbol = z
  .string()
  .trim()
  .regex(/^[A-Z]{1,4}(\/[A-Za-z0-9.]+){2,4}$/, { error: 'Write the document symbol as printed, e.g. A/65/99.' });

const cycleFields = {
  symbol: ZCycleSymbol,
  resolution: z
    .string()
    .trim()
    .regex(/^\d{1,3}\/\d{1,4}( ?[A-Z])?$/, { error: 'Write the resolution number as printed, e.g. 64/38.' }),
  session: z.number({ error: 'Enter the General Assembly session as a number.' }).int().min(1).max(200),
  agendaItem: text(300).optional(),
  title: ZLocalizedTitle,
  mandate: ZLocalizedMandate.optional(),
  noteVerbaleOn: ZIsoDate,
  orgLettersOn: z.array(ZIsoDate).min(1, { error: 'Give the date of at least one letter to organizations.' }).max(10),
  cutoffOn: ZIsoDate,
  replyWordLimit: z
    .number({ error: 'Enter a number of words.' })
    .int()
    .positive({ error: 'A limit is a positive number of words.' })
    .max(1_000_000),
  summaryWordLimit: z
    .number({ error: 'Enter a number of words.' })
    .int()
    .positive({ error: 'A limit is a positive number of words.' })
    .max(1_000_000),
  newInformationOnly: z.boolean(),
  /** The cycle this one follows (id or symbol), for "new information only". */
  previousCycle: z.string().trim().max(100).nullable().optional(),
};

type CycleDates = {
  noteVerbaleOn?: string;
  orgLettersOn?: string[];
  cutoffOn?: string;
  replyWordLimit?: number;
  summaryWordLimit?: number;
};

/** Rules across fields: the cut-off follows the requests; the summary limit does not exceed the reply limit. */
export function cycleRuleViolations(cycle: CycleDates): { path: string; message: string }[] {
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
  return problems;
}

const withCycleRules = <T extends CycleDates>(value: T, context: z.RefinementCtx) => {
  for (const problem of cycleRuleViolations(value)) {
    context.addIssue({
      code: 'custom',
      message: problem.message,
      path: problem.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    });
  }
};

export const ZCreateCycle = z
  .object({ ...cycleFields, newInformationOnly: cycleFields.newInformationOnly.default(false) })
  .superRefine(withCycleRules);
export type TCreateCycle = z.input<typeof ZCreateCycle>;

export const ZUpdateCycle = z.object(cycleFields).partial().superRefine(withCycleRules);
export type TUpdateCycle = z.input<typeof ZUpdateCycle>;

export const CYCLE_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'] as const;
export type TCycleStatus = (typeof CYCLE_STATUSES)[number];

export interface TCycle {
  id: string;
  symbol: string;
  /** The symbol as used in addresses: A/65/99 → A-65-99. */
  slug: string;
  resolution: string;
  session: number;
  agendaItem: string | null;
  title: TLocalizedText;
  mandate: TLocalizedText;
  noteVerbaleOn: TIsoDate;
  orgLettersOn: TIsoDate[];
  cutoffOn: TIsoDate;
  replyWordLimit: number;
  summaryWordLimit: number;
  newInformationOnly: boolean;
  previousCycle: { id: string; symbol: string } | null;
  status: TCycleStatus;
  createdAt: string;
  updatedAt: string;
}

export const symbolToSlug = (symbol: string) => symbol.replace(/\//g, '-');

export const INVITATION_CHANNELS = ['NOTE_VERBALE', 'LETTER'] as const;
export type TInvitationChannel = (typeof INVITATION_CHANNELS)[number];

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

export interface TInvitation {
  entityCode: string;
  entityType: z.infer<typeof ZEntityType>;
  names: { en: string; zh: string | null };
  channel: TInvitationChannel;
  sentOn: TIsoDate;
  reminders: TIsoDate[];
  /** Active focal points: those who receive the mail. */
  focalPoints: number;
  /** Focal points invited by mail who have not activated their account yet. */
  invitedFocalPoints: number;
  replyStatus: string | null;
}

export interface TCycleDashboard {
  invited: number;
  drafting: number;
  submitted: number;
  accepted: number;
  notReplied: number;
  withoutFocalPoint: number;
  daysToCutoff: number;
  byGroup: Record<'STATE' | 'UN_SYSTEM' | 'OTHER', { invited: number; replied: number }>;
}
