import { escapeHtml } from '../../compilation/render/html';

const CONTEXT = 70;

/** Some context around the first match, escaped, with the match marked. Works without word boundaries (Chinese). */
export function markedPassage(text: string, q: string): string {
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0) return escapeHtml(text.slice(0, 2 * CONTEXT));
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + q.length + CONTEXT);
  return `${start > 0 ? '…' : ''}${escapeHtml(text.slice(start, at))}<mark>${escapeHtml(text.slice(at, at + q.length))}</mark>${escapeHtml(text.slice(at + q.length, end))}${end < text.length ? '…' : ''}`;
}

/** The terms of a word query, as a reader wrote them, without quotes, `or` and excluded `-words`. */
function queryTerms(q: string): string[] {
  return q
    .toLowerCase()
    .replace(/["()]/g, ' ')
    .split(/\s+/)
    .filter((term) => term && term !== 'or' && !term.startsWith('-'));
}

/** Stemming keeps the start of a word: "measures" is found by "measure", "террористами" by "террорист". */
const matches = (word: string, term: string) =>
  term.length <= 4 ? word === term : word.startsWith(term.slice(0, Math.max(4, term.length - 3)));

/**
 * The passage around the first word that matches the query (the full-text search found the text by
 * the words' stems), every matching word in it marked. Done here rather than by ts_headline, which
 * would parse every text of the page again in PostgreSQL.
 */
export function markedWords(text: string, q: string): string {
  const terms = queryTerms(q);
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const first = words.find((w) => terms.some((term) => matches(w[0].toLowerCase(), term)));
  if (!first) return escapeHtml(text.slice(0, 2 * CONTEXT));
  const start = Math.max(0, first.index - CONTEXT);
  const end = Math.min(text.length, first.index + first[0].length + 2 * CONTEXT);
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const word of words) {
    if (word.index < start || word.index + word[0].length > end) continue;
    if (!terms.some((term) => matches(word[0].toLowerCase(), term))) continue;
    html += `${escapeHtml(text.slice(at, word.index))}<mark>${escapeHtml(word[0])}</mark>`;
    at = word.index + word[0].length;
  }
  return `${html}${escapeHtml(text.slice(at, end))}${end < text.length ? '…' : ''}`;
}
