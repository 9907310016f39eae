import { z } from 'zod';
import { ZEntityNames, ZStoredNames } from './entities';
import { ZEmail } from './users';
import { atMost } from './limits';

/** ODA, OHCHR, UN-Women: as the Secretariat writes them (capitals, digits and dashes; lower case allowed). */
export const ZOfficeCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9-]{1,15}$/, {
    error: 'A code is 2 to 16 letters, digits or dashes, starting with a letter (ODA, OHCHR, UN-Women).',
  });

const ZWebsite = z
  .url({ protocol: /^https?$/, error: 'Give the full address, starting with https://.' })
  .max(500, atMost(500));
/** The office's shared mailbox: the Reply-To of the mail about its cycles (one address, no display name). */
const ZOfficeEmail = ZEmail.pipe(z.string().max(254, atMost(254)));

export const ZCreateOffice = z.object({
  code: ZOfficeCode,
  names: ZEntityNames,
  website: ZWebsite.nullable().optional(),
  email: ZOfficeEmail.nullable().optional(),
});
export type TCreateOffice = z.infer<typeof ZCreateOffice>;

export const ZUpdateOffice = z
  .object({
    names: ZEntityNames.partial().extend({ en: ZEntityNames.shape.en.optional() }),
    website: ZWebsite.or(z.literal('')).nullable(),
    email: ZOfficeEmail.or(z.literal('')).nullable(),
  })
  .partial();
export type TUpdateOffice = z.infer<typeof ZUpdateOffice>;

/** A Secretariat office that compiles reports and publishes the full texts on its website. */
export const ZOffice = z
  .object({
    code: z.string(),
    names: ZStoredNames,
    website: z.string().nullable(),
    /** Where answers to the mail about its cycles go. */
    email: z.string().nullable(),
  })
  .meta({ id: 'Office' });
export type TOffice = z.infer<typeof ZOffice>;
