/**
 * A readable difference between two texts, word by word for spaced scripts and character by
 * character for Chinese, so an editor sees what changed between two versions of a reply.
 */
export interface TDiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

// A token is one Chinese character or one word, each with the whitespace after it; leading whitespace alone.
const TOKEN =
  /^\s+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\s*|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+\s*/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Longest-common-subsequence diff on tokens; common head and tail are trimmed first to keep it fast. */
export function diffTexts(before: string, after: string): TDiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);

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
  push('same', a.slice(0, head).join(''));
  if (midA.length * midB.length > 6_000_000) {
    // Too different to align token by token within reason: show it as replaced.
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    for (const part of lcsDiff(midA, midB)) push(part.kind, part.text);
  }
  push('same', a.slice(a.length - tail).join(''));
  return parts;
}

/** Tokens match when their words match; a change of the whitespace after a word alone is shown as just that. */
const word = (token: string) => token.trimEnd();

function lcsDiff(a: string[], b: string[]): TDiffPart[] {
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
  const parts: TDiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (word(a[i]) === word(b[j])) {
      const shared = word(a[i]);
      parts.push({ kind: 'same', text: shared });
      parts.push({ kind: 'removed', text: a[i].slice(shared.length) });
      parts.push({ kind: 'added', text: b[j].slice(shared.length) });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])
      parts.push({ kind: 'removed', text: a[i++] });
    else parts.push({ kind: 'added', text: b[j++] });
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++] });
  while (j < b.length) parts.push({ kind: 'added', text: b[j++] });
  return parts;
}
