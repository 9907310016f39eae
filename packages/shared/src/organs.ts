import { z } from 'zod';

/** The organ whose resolution asks for the report. It decides the header, the session line and the mandate sentence. */
export const ORGANS = [
  'GENERAL_ASSEMBLY',
  'SECURITY_COUNCIL',
  'ECONOMIC_AND_SOCIAL_COUNCIL',
  'HUMAN_RIGHTS_COUNCIL',
] as const;
export type TOrgan = (typeof ORGANS)[number];
export const ZOrgan = z.enum(ORGANS, { error: 'Choose the General Assembly, a Council or the Human Rights Council.' });

/**
 * What the session number means for each organ: the Assembly and the Human Rights Council number their
 * sessions (65, 55); the Economic and Social Council names them by year (2024 session); the Security
 * Council has none.
 */
export const SESSION_RULES: Record<TOrgan, { kind: 'number' | 'year' | 'none'; min: number; max: number }> = {
  GENERAL_ASSEMBLY: { kind: 'number', min: 1, max: 200 },
  HUMAN_RIGHTS_COUNCIL: { kind: 'number', min: 1, max: 200 },
  ECONOMIC_AND_SOCIAL_COUNCIL: { kind: 'year', min: 1946, max: 2200 },
  SECURITY_COUNCIL: { kind: 'none', min: 0, max: 0 },
};

/** How the header cites the agenda: adopted ("Agenda item 97 (y)"), or with a footnote citing the list's symbol. */
export const AGENDA_KINDS = ['ADOPTED', 'PROVISIONAL', 'PRELIMINARY'] as const;
export type TAgendaKind = (typeof AGENDA_KINDS)[number];

/** "97", "97 (y)", "103 (hh)": an item number and, for a sub-item, its letter(s). */
export const AGENDA_ITEM = /^(\d{1,3})(?:\s*\(([a-z]{1,2})\))?$/;

export const ZAgenda = z
  .object({
    kind: z.enum(AGENDA_KINDS),
    item: z
      .string()
      .trim()
      .regex(AGENDA_ITEM, { error: 'Write the item as its number, with a sub-item letter if any: 97 or 97 (y).' })
      .transform((item) => {
        const [, number, letters] = item.match(AGENDA_ITEM)!;
        return letters ? `${number} (${letters})` : number;
      }),
    /** The symbol of the provisional agenda or preliminary list, cited in the header's footnote (A/65/50). */
    listSymbol: z
      .string()
      .trim()
      .regex(/^[A-Z]{1,4}(\/[A-Za-z0-9.-]+){1,5}$/, { error: 'Write the symbol of the list as printed, e.g. A/65/50.' })
      .nullable()
      .optional(),
  })
  .superRefine((agenda, context) => {
    if (agenda.kind !== 'ADOPTED' && !agenda.listSymbol)
      context.addIssue({
        code: 'custom',
        path: ['listSymbol'],
        message: 'Give the symbol of the provisional agenda or preliminary list: the header cites it in a footnote.',
      });
  });
export const ZStoredAgenda = z.object({
  kind: z.enum(AGENDA_KINDS),
  item: z.string(),
  listSymbol: z.string().nullable(),
});
export type TAgenda = z.infer<typeof ZStoredAgenda>;
