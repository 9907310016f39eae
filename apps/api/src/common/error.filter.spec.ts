import { NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import { DomainError, invalidField } from './domain-error';
import { toApiError } from './error.filter';

describe('toApiError', () => {
  it('lists zod issues by field path', () => {
    const error = z
      .object({ names: z.object({ en: z.string().min(1, { error: 'Required.' }) }) })
      .safeParse({ names: { en: '' } }).error;
    expect(toApiError(error)).toEqual({
      status: 400,
      body: { code: 'VALIDATION', message: expect.any(String), errors: [{ path: 'names.en', message: 'Required.' }] },
    });
  });

  it('keeps domain codes, statuses, headers and field errors', () => {
    expect(toApiError(new DomainError(429, 'TOO_MANY_ATTEMPTS', 'Wait.', { 'Retry-After': '900' }))).toEqual({
      status: 429,
      body: { code: 'TOO_MANY_ATTEMPTS', message: 'Wait.' },
      headers: { 'Retry-After': '900' },
    });
    expect(toApiError(invalidField('entityCode', 'Pick one.')).body.errors).toEqual([
      { path: 'entityCode', message: 'Pick one.' },
    ]);
  });

  it('maps Prisma unique and missing-record errors to 409 and 404', () => {
    expect(toApiError(Object.assign(new Error('x'), { code: 'P2002' })).status).toBe(409);
    expect(toApiError(Object.assign(new Error('x'), { code: 'P2025' })).status).toBe(404);
  });

  it('never leaks internals of unexpected errors', () => {
    const result = toApiError(new Error('connection string postgres://secret@db'));
    expect(result.status).toBe(500);
    expect(JSON.stringify(result.body)).not.toContain('secret');
  });

  it('maps framework 404s to the one body', () => {
    expect(toApiError(new NotFoundException()).body.code).toBe('NOT_FOUND');
  });
});
