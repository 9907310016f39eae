import { z } from 'zod';

/**
 * "New information only": find the sentences of a reply that repeat the same entity's reply to the
 * previous cycle. Sentences are compared by their character trigrams, which works for Chinese (no
 * spaces) as for English, and tolerates small edits such as a changed date or number.
 */
export const ZRepeatedPassage = z.object({
  sentence: z.string(),
  /** Offset of the sentence in the reply's text. */
  start: z.number(),
  end: z.number(),
  similarity: z.number(),
  previous: z.string(),
});
export type TRepeatedPassage = z.infer<typeof ZRepeatedPassage>;

const SENTENCE_END = /[.!?。！？；;]+["'”’)）]*\s*|\n+/gu;
export const REPETITION_THRESHOLD = 0.6;

export function splitSentences(text: string): { sentence: string; start: number; end: number }[] {
  const sentences: { sentence: string; start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    add(text, start, end, sentences);
    start = end;
  }
  add(text, start, text.length, sentences);
  return sentences;
}

function add(text: string, start: number, end: number, into: { sentence: string; start: number; end: number }[]) {
  const raw = text.slice(start, end);
  const sentence = raw.trim();
  if (normalizeSentence(sentence).length < 12) return; // headings, numbers and fragments carry no information
  const offset = start + raw.indexOf(sentence);
  into.push({ sentence, start: offset, end: offset + sentence.length });
}

export function normalizeSentence(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function trigrams(text: string): Set<string> {
  const clean = normalizeSentence(text);
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

/**
 * Work budgets, counted in trigrams and postings read. While the whole comparison has spent less than
 * EXACT_WORK, or WORK_PER_CHARACTER times the length of both texts if more, every candidate is
 * examined and the result is exact (ordinary replies never come near). Past that (texts built so that every sentence resembles
 * thousands of others), each sentence reads at most POSTINGS_PER_GRAM postings per trigram and
 * verifies its VERIFIED_CANDIDATES likeliest candidates: the cost stays linear instead of quadratic,
 * and a sentence repeated word for word is still always found.
 */
const EXACT_WORK = 2_000_000;
const WORK_PER_CHARACTER = 16;
const POSTINGS_PER_GRAM = 16;
const VERIFIED_CANDIDATES = 8;

interface EarlierSentence {
  sentence: string;
  /** Ids of its distinct trigrams in the index's dictionary. */
  grams: Int32Array;
}

interface Match {
  id: number;
  similarity: number;
}

/** The previous reply's sentences, indexed by trigram. */
class SentenceIndex {
  readonly sentences: EarlierSentence[] = [];
  /** Each distinct normalized sentence, by its text. */
  private readonly byText = new Map<string, number>();
  private readonly gramIds = new Map<number, number>();
  private readonly postings: number[][] = [];
  private marks = new Int32Array(0);
  private counts = new Int32Array(0);
  private stamp = 0;

  constructor(
    text: string,
    private work: number,
  ) {
    for (const { sentence } of splitSentences(text)) {
      const clean = normalizeSentence(sentence);
      // Sentences that normalize alike compare alike: the first of them stands for all.
      if (this.byText.has(clean)) continue;
      const id = this.sentences.length;
      this.byText.set(clean, id);
      const grams: number[] = [];
      for (const gram of gramsOf(clean)) {
        let gramId = this.gramIds.get(gram);
        if (gramId === undefined) {
          gramId = this.postings.length;
          this.gramIds.set(gram, gramId);
          this.postings.push([]);
        }
        this.postings[gramId].push(id);
        grams.push(gramId);
      }
      this.sentences.push({ sentence, grams: Int32Array.from(grams) });
    }
    this.marks = new Int32Array(this.postings.length);
    this.counts = new Int32Array(this.sentences.length);
  }

  /** The earlier sentence most like `clean` (a normalized sentence) at or above `threshold`, if any. */
  best(clean: string, threshold: number): Match | null {
    const all = gramsOf(clean);
    const size = all.size;
    // Only trigrams the previous reply has can be shared.
    const known: number[] = [];
    for (const gram of all) {
      const id = this.gramIds.get(gram);
      if (id !== undefined) known.push(id);
    }
    const exact = this.work > 0;
    // Past the exact budget, a sentence repeated word for word is found by its text alone.
    const copied = exact ? undefined : this.byText.get(clean);
    if (copied !== undefined) return { id: copied, similarity: 1 };
    // Dice ≥ t needs at least t·|a|/(2 − t) shared trigrams, so one of them is among the first
    // |known| − that + 1 of `known` in any order: the rarest first gives the fewest candidates.
    const minShared = Math.max(1, Math.floor((threshold * size) / (2 - threshold)));
    if (known.length < minShared) return null;
    known.sort((x, y) => this.postings[x].length - this.postings[y].length || x - y);
    const prefix = known.length - minShared + 1;
    const stamp = ++this.stamp;
    for (const id of known) this.marks[id] = stamp;

    let postingsLeft = exact ? Infinity : POSTINGS_PER_GRAM * size;
    const touched: number[] = [];
    const counts = this.counts;
    scan: for (let i = 0; i < prefix; i++) {
      const list = this.postings[known[i]];
      this.work -= list.length;
      for (const sentence of list) {
        if (--postingsLeft < 0) break scan;
        if (counts[sentence] === 0) touched.push(sentence);
        counts[sentence]++;
      }
    }
    this.work -= touched.length;
    // The likeliest first, so that the bound below soon skips the rest.
    const candidates = byCountDescending(touched, counts, exact ? touched.length : VERIFIED_CANDIDATES);

    let best: Match | null = null;
    for (const id of candidates) {
      const grams = this.sentences[id].grams;
      // At most the prefix trigrams counted plus every trigram after the prefix can be shared.
      const most = Math.min(size, grams.length, counts[id] + known.length - prefix);
      const bound = (2 * most) / (size + grams.length);
      if (bound < threshold || (best && bound < best.similarity)) continue;
      this.work -= grams.length;
      let shared = 0;
      for (const gram of grams) if (this.marks[gram] === stamp) shared++;
      const score = (2 * shared) / (size + grams.length);
      if (score >= threshold && (!best || score > best.similarity || (score === best.similarity && id < best.id)))
        best = { id, similarity: score };
    }
    for (const id of touched) counts[id] = 0;
    return best;
  }
}

/** The `limit` ids with the highest counts, highest first, by counting sort: counts are small. */
function byCountDescending(ids: number[], counts: Int32Array, limit: number): number[] {
  let highest = 0;
  for (const id of ids) highest = Math.max(highest, counts[id]);
  const byCount: number[][] = Array.from({ length: highest + 1 }, () => []);
  for (const id of ids) byCount[counts[id]].push(id);
  const chosen: number[] = [];
  for (let count = highest; count > 0 && chosen.length < limit; count--)
    for (const id of byCount[count]) if (chosen.length < limit) chosen.push(id);
  return chosen;
}

/** The distinct trigrams of a normalized sentence, each as one number (three UTF-16 code units). */
function gramsOf(clean: string): Set<number> {
  const grams = new Set<number>();
  for (let i = 0; i + 3 <= clean.length; i++)
    grams.add(clean.charCodeAt(i) * 4294967296 + clean.charCodeAt(i + 1) * 65536 + clean.charCodeAt(i + 2));
  return grams;
}

/**
 * The sentences of `current` that repeat one of `previous` (Dice similarity of their trigrams at or
 * above `threshold`), each with the most similar earlier sentence. An index of the earlier trigrams
 * finds the candidates, so the cost grows with the length of the texts, not with its square.
 */
export function findRepeatedPassages(
  current: string,
  previous: string,
  threshold = REPETITION_THRESHOLD,
): TRepeatedPassage[] {
  const index = new SentenceIndex(
    previous,
    Math.max(EXACT_WORK, WORK_PER_CHARACTER * (current.length + previous.length)),
  );
  const known = new Map<string, Match | null>();
  const repeated: TRepeatedPassage[] = [];
  for (const s of splitSentences(current)) {
    const clean = normalizeSentence(s.sentence);
    let best = known.get(clean);
    if (best === undefined) {
      best = index.best(clean, threshold);
      known.set(clean, best);
    }
    if (best)
      repeated.push({
        ...s,
        similarity: Math.round(best.similarity * 100) / 100,
        previous: index.sentences[best.id].sentence,
      });
  }
  return repeated;
}
