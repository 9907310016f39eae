/** Web addresses in a reply's text, as the HTML and DOCX renderers both find them. */
export const URL_PATTERN = /https?:\/\/[^\s()（）<>"]+/g;

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '。', '，', '；', '：']);

/**
 * A sentence's full stop or comma after an address is not part of it: splits `candidate` into the
 * address and the punctuation that follows it. One pass from the end, whatever the text holds
 * (a pattern anchored only at the end backtracks quadratically over a run of dots).
 */
export function splitTrailingPunctuation(candidate: string): { url: string; trailing: string } {
  let end = candidate.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(candidate[end - 1])) end--;
  return { url: candidate.slice(0, end), trailing: candidate.slice(end) };
}
