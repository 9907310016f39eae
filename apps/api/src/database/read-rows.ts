import { types, type Pool } from 'pg';

/** A DATE as Prisma gives it: a Date at UTC midnight. */
const utcDate = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** PostgreSQL's types (by oid) whose text is parsed as Prisma's raw queries return it. */
const PARSERS: Record<number, (value: string) => unknown> = {
  // timestamp: Prisma's DateTime columns are `timestamp(3)` without a zone, written and read as UTC.
  1114: (value) => new Date(`${value.replace(' ', 'T')}Z`),
  1082: utcDate, // date
  1182: (value) => (value === '{}' ? [] : value.slice(1, -1).split(',').map(utcDate)), // date[]
};

const typeParsers = {
  getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown =>
    (format ?? 'text') === 'text' && PARSERS[oid] ? PARSERS[oid] : (types.getTypeParser(oid, format) as unknown),
} as typeof types;

/**
 * Runs one of the reads every screen starts with (database/sql/read-queries.ts) on the pool Prisma's
 * adapter uses, without Prisma's query engine: the rows are those `$queryRawUnsafe` gives (DateTime
 * and DATE columns as Dates, a list of dates as Dates, json parsed) for less than half its CPU.
 */
export async function readRows<T>(pool: Pool, sql: string, values: unknown[]): Promise<T[]> {
  const result = await pool.query({ text: sql, values, types: typeParsers });
  return result.rows as T[];
}
