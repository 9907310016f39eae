import { z } from 'zod';

/** A calendar date as YYYY-MM-DD (no time, no zone): note verbale, cut-off and receipt dates. */
export const ZIsoDate = z.iso.date({ error: 'Enter a date as YYYY-MM-DD.' });
export type TIsoDate = string;

/** Today's date where the Secretariat works (UN Headquarters, New York), as YYYY-MM-DD. */
export function todayAt(timeZone = 'America/New_York', now = new Date()): TIsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: TIsoDate, to: TIsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
