import { z } from 'zod';

/** The largest value of a PostgreSQL INTEGER column: no number past it may reach a query. */
export const PG_INT_MAX = 2_147_483_647;
/** The largest value of a PostgreSQL BIGINT column (audit event ids). */
export const PG_BIGINT_MAX = 9_223_372_036_854_775_807n;

/** A record's version as a form last loaded it (0 before the first save). */
export const ZRecordVersion = z.number().int().min(0).max(PG_INT_MAX);

/** A whole number written in an address or a query string, from `min` to PostgreSQL's INTEGER maximum. */
export const ZWholeNumberText = (min = 1) =>
  z
    .string()
    .regex(/^\d{1,10}$/, { error: 'Give a whole number.' })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `Give a number from ${min}.` })
        .max(PG_INT_MAX, { error: 'This number is too large.' }),
    );

/** An audit event id written in a query string (BIGINT). */
export const ZBigIdText = z
  .string()
  .regex(/^\d{1,19}$/, { error: 'Give a whole number.' })
  .transform((value) => BigInt(value))
  .refine((value) => value >= 1n && value <= PG_BIGINT_MAX, { error: 'This number is out of range.' });

/** A cycle as addresses name it: its id, or its symbol with dashes (A-65-99). */
export const ZCycleRef = z
  .string()
  .max(100, { error: 'This reporting cycle reference is too long.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, {
    error: 'Name the reporting cycle by its id or its symbol with dashes, e.g. A-65-99.',
  });

/**
 * Where text that PostgreSQL cannot store hides in a decoded request (a body, a query, a parameter):
 * U+0000, or half of a surrogate pair (not a character at all). Walks the value without recursion, so
 * a deeply nested body cannot overflow the stack. Returns the first offending field, or null.
 */
export function unstorableText(value: unknown, root = ''): { path: string; character: string } | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: root }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const bad = UNSTORABLE.exec(current);
      if (bad) return { path, character: describeCharacter(bad[0]) };
    } else if (current && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        const badKey = UNSTORABLE.exec(key);
        if (badKey) return { path: childPath, character: describeCharacter(badKey[0]) };
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return null;
}

// In a /u pattern a surrogate range matches only an unpaired surrogate: a pair is one code point.
const UNSTORABLE = /[\u0000\ud800-\udfff]/u;
/** The characters search terms and file names drop instead of refusing. */
export const UNSTORABLE_CHARACTERS = /[\u0000\ud800-\udfff]/gu;

const describeCharacter = (c: string) =>
  c === '\u0000'
    ? 'a NUL character (U+0000)'
    : `an unpaired surrogate (U+${c.charCodeAt(0).toString(16).toUpperCase()})`;
