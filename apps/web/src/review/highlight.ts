import type { TRepeatedPassage } from '@replies/shared';

export interface TextSegment {
  text: string;
  /** The repeated passage this stretch of text belongs to, or null for new text. */
  passage: TRepeatedPassage | null;
}

/**
 * Cuts a text at the offsets of its repeated passages, so that they can be marked. Passages outside the
 * text are ignored; overlapping ones are merged into the first.
 */
export function segmentsOf(text: string, passages: readonly TRepeatedPassage[]): TextSegment[] {
  const sorted = passages
    .filter((p) => Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const passage of sorted) {
    const start = Math.max(passage.start, at);
    if (passage.end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), passage: null });
    segments.push({ text: text.slice(start, passage.end), passage });
    at = passage.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), passage: null });
  return segments;
}
