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

/** PostgreSQL's headline, whose matched words are framed by \u0002 and \u0003: escaped, with <mark>. */
export function markedHeadline(headline: string): string {
  return headline
    .split(/(\u0002[^\u0002\u0003]*\u0003)/)
    .map((part) =>
      part.startsWith('\u0002') && part.endsWith('\u0003')
        ? `<mark>${escapeHtml(part.slice(1, -1))}</mark>`
        : escapeHtml(part.replace(/[\u0002\u0003]/g, '')),
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
