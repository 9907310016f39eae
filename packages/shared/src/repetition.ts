/**
 * "New information only": find the sentences of a reply that repeat the same entity's reply to the
 * previous cycle. Sentences are compared by their character trigrams, which works for Chinese (no
 * spaces) as for English, and tolerates small edits such as a changed date or number.
 */
export interface TRepeatedPassage {
  sentence: string;
  /** Offset of the sentence in the reply's text. */
  start: number;
  end: number;
  similarity: number;
  previous: string;
}

const SENTENCE_END = /[.!?。！？；;]+["'”’)）]*\s*|\n+/gu;
export const REPETITION_THRESHOLD = 0.6;

export function splitSentences(text: string): { sentence: string; start: number; end: number }[] {
  const sentences: { sentence: string; start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index! + match[0].length;
    add(text, start, end, sentences);
    start = end;
  }
  add(text, start, text.length, sentences);
  return sentences;
}

function add(text: string, start: number, end: number, into: { sentence: string; start: number; end: number }[]) {
  const raw = text.slice(start, end);
  const sentence = raw.trim();
  if (normalize(sentence).length < 12) return; // headings, numbers and fragments carry no information
  const offset = start + raw.indexOf(sentence);
  into.push({ sentence, start: offset, end: offset + sentence.length });
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function trigrams(text: string): Set<string> {
  const clean = normalize(text);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= clean.length; i++) grams.add(clean.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of two trigram sets: 1 for identical sentences, 0 for nothing in common. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export function findRepeatedPassages(
  current: string,
  previous: string,
  threshold = REPETITION_THRESHOLD,
): TRepeatedPassage[] {
  const earlier = splitSentences(previous).map((s) => ({ sentence: s.sentence, grams: trigrams(s.sentence) }));
  const repeated: TRepeatedPassage[] = [];
  for (const s of splitSentences(current)) {
    const grams = trigrams(s.sentence);
    let best = { similarity: 0, previous: '' };
    for (const e of earlier) {
      const score = similarity(grams, e.grams);
      if (score > best.similarity) best = { similarity: score, previous: e.sentence };
    }
    if (best.similarity >= threshold)
      repeated.push({ ...s, similarity: Math.round(best.similarity * 100) / 100, previous: best.previous });
  }
  return repeated;
}
