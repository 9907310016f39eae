import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isPathParameter, PATH_PARAMETERS, unstorableText } from '@replies/shared';
import { DomainError } from './domain-error';

export const invalidParameter = (name: string, message: string) =>
  new DomainError(
    400,
    'INVALID_PARAMETER',
    `The parameter "${name}" is invalid: ${message}`,
    {},
    [{ path: name, message }],
    { params: { name } },
  );

/** Refuses text PostgreSQL cannot store (U+0000, unpaired surrogates) anywhere in `value`: a 400 naming the field. */
export function refuseUnstorableText(value: unknown, root: string, type: string): void {
  const bad = unstorableText(value, root);
  if (!bad) return;
  const field = bad.path || type;
  const message = `It contains ${bad.character}, which is not text: remove it and send again.`;
  throw new DomainError(
    400,
    'INVALID_TEXT',
    `The field "${field}" contains ${bad.character}.`,
    {},
    [{ path: field, message }],
    { params: { field } },
  );
}

/**
 * A path parameter parsed by its schema in PATH_PARAMETERS (the contract's table). A parameter missing
 * from the table fails every request of its route (and the contract's tests), never silently.
 */
export function parsePathParameter(name: string, value: unknown): unknown {
  refuseUnstorableText(value, name, 'param');
  if (!isPathParameter(name)) throw new Error(`The path parameter :${name} has no schema in PATH_PARAMETERS.`);
  const parsed = PATH_PARAMETERS[name].safeParse(value);
  if (!parsed.success) throw invalidParameter(name, parsed.error.issues[0]?.message ?? 'invalid value');
  return parsed.data;
}

/**
 * The first check of every request's input, applied by Nest to each argument a handler takes: text
 * PostgreSQL cannot store (U+0000, unpaired surrogates) anywhere in a body, query or parameter is a
 * 400 naming the field; path parameters are then parsed by their schema in PATH_PARAMETERS, before
 * the handler runs. Bodies and queries are parsed next, by the route's schemas (`@Endpoint`).
 */
@Injectable()
export class RequestInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    if (metadata.type === 'param') return parsePathParameter(metadata.data ?? '', value);
    refuseUnstorableText(value, metadata.type === 'body' ? '' : (metadata.data ?? ''), metadata.type);
    return value;
  }
}
