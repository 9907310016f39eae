import { symbolToSlug, type TLanguage } from '@replies/shared';
import type { TCompiledReport } from '../api/client';

/** The printed symbol of the report or of its addendum: A/65/99, A/65/99/Add.1. */
export const documentSymbol = (symbol: string, addendum: number) => (addendum ? `${symbol}/Add.${addendum}` : symbol);

/** The public, server-rendered page of a published report: /reports/A-65-99?lang=zh. */
export const publicReportHref = (symbol: string, addendum: number, lang: TLanguage) =>
  `/reports/${encodeURIComponent(symbolToSlug(documentSymbol(symbol, addendum)))}?lang=${lang}`;

/**
 * The symbol the next publication would get: the document itself the first time, then its corrigenda
 * (A/65/99/Corr.1…). Null when it was never published.
 */
export function nextCorrigendum(versions: readonly TCompiledReport[] | null, symbol: string, addendum: number) {
  const published = (versions ?? []).filter((v) => v.publishedAt && v.addendum === addendum);
  if (published.length === 0) return null;
  const next = Math.max(...published.map((v) => v.corrigendum)) + 1;
  return { current: documentSymbol(symbol, addendum), next: `${documentSymbol(symbol, addendum)}/Corr.${next}` };
}
