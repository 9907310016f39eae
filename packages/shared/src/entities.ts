import { z } from 'zod';
import { atMost } from './limits';

export const ENTITY_TYPES = ['STATE', 'UN_SYSTEM', 'OTHER'] as const;
export type TEntityType = (typeof ENTITY_TYPES)[number];
export const ZEntityType = z.enum(ENTITY_TYPES);

/** Organizations are the entities an administrator can add; States come from the reference list. */
export const ORGANIZATION_TYPES = ['UN_SYSTEM', 'OTHER'] as const;

const optionalName = z.string().trim().max(300, atMost(300)).optional();

/** Names of an entity in the six official languages; English is required, the others may still be missing. */
export const ZEntityNames = z.object({
  en: z.string().trim().min(1, { error: 'The English name is required.' }).max(300, atMost(300)),
  fr: optionalName,
  es: optionalName,
  ru: optionalName,
  zh: optionalName,
  ar: optionalName,
});
export type TEntityNames = z.infer<typeof ZEntityNames>;

export const ZEntityCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9-]{1,15}$/, {
    error: 'A code is 2 to 16 capital letters, digits or dashes, starting with a letter.',
  });

export const ZCreateOrganization = z.object({
  code: ZEntityCode,
  type: z.enum(ORGANIZATION_TYPES),
  names: ZEntityNames,
  acronymEn: z.string().trim().max(40, atMost(40)).optional(),
});
export type TCreateOrganization = z.infer<typeof ZCreateOrganization>;

export const ZUpdateEntity = z
  .object({
    names: ZEntityNames.partial().extend({ en: ZEntityNames.shape.en.optional() }),
    type: z.enum(ORGANIZATION_TYPES),
  })
  .partial();
export type TUpdateEntity = z.infer<typeof ZUpdateEntity>;

export const ZEntityQuery = z.object({ type: ZEntityType.optional() });

/** Names as stored: English always, the other languages null until someone writes them. */
export const ZStoredNames = z.object({
  en: z.string(),
  fr: z.string().nullable(),
  es: z.string().nullable(),
  ru: z.string().nullable(),
  zh: z.string().nullable(),
  ar: z.string().nullable(),
});

export const ZEntity = z.object({ code: z.string(), type: ZEntityType, names: ZStoredNames }).meta({ id: 'Entity' });
export type TEntity = z.infer<typeof ZEntity>;

/** An entity's name in English and Chinese, as lists of invitations and replies show it. */
export const ZEnZhNames = z.object({ en: z.string(), zh: z.string().nullable() });
