import { z } from 'zod';
import { ZEntityCode } from '../entities';
import { ZLanguage } from '../languages';
import { ZCycleRef, ZWholeNumberText } from '../parameters';

/**
 * Every path parameter of every route, by name. A route's `:name` takes its schema from here (the
 * contract refuses a name missing from this table), and the API parses each parameter with it before
 * the handler runs: a value out of shape or out of PostgreSQL's range is a 400 naming the parameter.
 */
export const PATH_PARAMETERS = {
  cycle: ZCycleRef,
  entity: ZEntityCode,
  code: ZEntityCode,
  number: ZWholeNumberText(1),
  id: z.uuid({ error: 'Give the id as a UUID.' }),
  lang: ZLanguage,
  // Public pages: /reports/<slug>, /reports/<slug>/download/<file>; exports: /export/<file>.
  slug: z
    .string()
    .max(120, { error: 'This address is too long.' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, { error: 'This is not the address of a report.' }),
  file: z.string().max(40, { error: 'This file name is too long.' }),
} satisfies Record<string, z.ZodType>;

export type PathParameterName = keyof typeof PATH_PARAMETERS;

export const isPathParameter = (name: string): name is PathParameterName => Object.hasOwn(PATH_PARAMETERS, name);
