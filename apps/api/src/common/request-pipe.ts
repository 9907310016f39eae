import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { unstorableText, ZCycleRef, ZEntityCode, ZLanguage, ZWholeNumberText } from '@replies/shared';
import { z } from 'zod';
import { DomainError } from './domain-error';

/**
 * Every path parameter of every route, by name: each is parsed here before its handler runs, so
 * before any database call, and a value out of shape or out of PostgreSQL's range is a 400 naming
 * the parameter. A route with a parameter missing from this table fails its tests, never silently.
 */
export const PATH_PARAMETERS: Record<string, z.ZodType> = {
  cycle: ZCycleRef,
  entity: ZEntityCode,
  code: ZEntityCode,
  number: ZWholeNumberText(1),
  id: z.uuid({ error: 'Give the id as a UUID.' }),
  lang: ZLanguage,
  // Public pages: /reports/<slug>, /reports/<slug>/download/<file>.
  slug: z
    .string()
    .max(120, { error: 'This address is too long.' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, { error: 'This is not the address of a report.' }),
  file: z.string().max(40, { error: 'This file name is too long.' }),
};

export const invalidParameter = (name: string, message: string) =>
  new DomainError(400, 'INVALID_PARAMETER', `The parameter "${name}" is invalid: ${message}`, {}, [
    { path: name, message },
  ]);

/**
 * The first check of every request's input, applied by Nest to each argument a handler takes: text
 * PostgreSQL cannot store (U+0000, unpaired surrogates) anywhere in a body, query or parameter is a
 * 400 naming the field; path parameters are then parsed by their schema above.
 */
@Injectable()
export class RequestInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const bad = unstorableText(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (bad) {
      const field = bad.path || metadata.type;
      const message = `It contains ${bad.character}, which is not text: remove it and send again.`;
      throw new DomainError(400, 'INVALID_TEXT', `The field "${field}" contains ${bad.character}.`, {}, [
        { path: field, message },
      ]);
    }
    if (metadata.type !== 'param') return value;
    const name = metadata.data ?? '';
    const schema = PATH_PARAMETERS[name];
    if (!schema) throw new Error(`The path parameter :${name} has no schema in PATH_PARAMETERS.`);
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw invalidParameter(name, parsed.error.issues[0]?.message ?? 'invalid value');
    return parsed.data;
  }
}
