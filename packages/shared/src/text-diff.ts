import { z } from 'zod';

/**
 * A readable difference between two texts, word by word for spaced scripts and character by
 * character for Chinese, so an editor sees what changed between two versions of a reply.
 */
export const ZDiffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type TDiffPart = z.infer<typeof ZDiffPart>;

// A token is one Chinese character or one word, each with the whitespace after it; leading whitespace alone.
const TOKEN =
  /^\s+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\s*|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+\s*/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Largest stretch aligned token by token with a full longest-common-subsequence table (4 bytes a
 * cell). Longer texts are first cut at anchors, the words that occur once on each side (as in
 * patience diff), and only the pieces between anchors are aligned exactly; the cells of all those
 * tables together stay within a budget that grows with the length of the texts, so a diff costs
 * time linear in its input (times log n for the anchors), whatever the texts hold.
 */
export const EXACT_DIFF_CELLS = 4_000_000;
const CELLS_PER_TOKEN = 64;
/** Anchors within anchors: past this depth, what remains between two anchors is shown as replaced. */
const MAX_ANCHOR_DEPTH = 8;

/** Longest-common-subsequence diff on tokens; common head and tail are trimmed first to keep it fast. */
export function diffTexts(before: string, after: string): TDiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const parts: TDiffPart[] = [];
  const push = (kind: TDiffPart['kind'], text: string) => {
    if (!text) return;
    // Identical whitespace removed then added is no change.
    const last = parts.at(-1);
    if (kind === 'added' && last?.kind === 'removed' && last.text === text) {
      parts.pop();
      push('same', text);
      return;
    }
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  const budget = { cells: EXACT_DIFF_CELLS + CELLS_PER_TOKEN * (a.length + b.length) };
  diffTokens(a, b, 0, budget, push);
  return parts;
}

type Push = (kind: TDiffPart['kind'], text: string) => void;

/** Tokens match when their words match; a change of the whitespace after a word alone is shown as just that. */
const word = (token: string) => token.trimEnd();

function pushMatched(x: string, y: string, push: Push) {
  const shared = word(x);
  push('same', shared);
  push('removed', x.slice(shared.length));
  push('added', y.slice(shared.length));
}

function diffTokens(a: string[], b: string[], depth: number, budget: { cells: number }, push: Push) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  push('same', a.slice(0, head).join(''));
  const cells = midA.length * midB.length;
  if (cells <= EXACT_DIFF_CELLS && cells <= budget.cells) {
    budget.cells -= cells;
    lcsDiff(midA, midB, push);
  } else {
    const anchors = depth < MAX_ANCHOR_DEPTH ? uniqueAnchors(midA, midB) : [];
    if (!anchors.length) {
      // Too different to align token by token within reason: show it as replaced.
      push('removed', midA.join(''));
      push('added', midB.join(''));
    } else {
      let i = 0;
      let j = 0;
      for (const [ai, bj] of anchors) {
        diffTokens(midA.slice(i, ai), midB.slice(j, bj), depth + 1, budget, push);
        pushMatched(midA[ai], midB[bj], push);
        i = ai + 1;
        j = bj + 1;
      }
      diffTokens(midA.slice(i), midB.slice(j), depth + 1, budget, push);
    }
  }
  push('same', a.slice(a.length - tail).join(''));
}

/**
 * Pairs (i, j) of tokens whose word occurs exactly once in `a` and once in `b`, the longest chain
 * increasing on both sides (longest increasing subsequence, n log n).
 */
function uniqueAnchors(a: string[], b: string[]): [number, number][] {
  const once = (tokens: string[]) => {
    const seen = new Map<string, number>();
    tokens.forEach((token, index) => {
      const key = word(token);
      seen.set(key, seen.has(key) ? -1 : index);
    });
    return seen;
  };
  const inA = once(a);
  const inB = once(b);
  const pairs: [number, number][] = [];
  for (const [key, i] of inA) {
    const j = inB.get(key);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  // Patience sorting on the positions in b.
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]][1] < pairs[p][1]) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[p] = tails[low - 1];
    tails[low] = p;
  }
  const chain: [number, number][] = [];
  for (let p = tails.length ? tails[tails.length - 1] : -1; p >= 0; p = previous[p]) chain.push(pairs[p]);
  return chain.reverse();
}

function lcsDiff(a: string[], b: string[], push: Push) {
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        word(a[i]) === word(b[j])
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (word(a[i]) === word(b[j])) {
      pushMatched(a[i], b[j], push);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < a.length) push('removed', a[i++]);
  while (j < b.length) push('added', b[j++]);
}
