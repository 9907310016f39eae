/** A piece of a paragraph's text, and whether Word should set it as a right-to-left run. */
export interface DirectionalText {
  text: string;
  rightToLeft: boolean;
}

// Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms.
const RTL = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
// Letters of left-to-right scripts a reply in Arabic quotes: Latin, Greek, Cyrillic.
const LTR_LETTER = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
// From a left-to-right letter up to the last letter or digit before the next right-to-left character:
// "A/65/99" or "https://www.un.org/disarmament" stay whole, while the spaces, brackets and full stop
// around them stay with the Arabic text they belong to.
const LTR_STRETCH = new RegExp(`[${LTR_LETTER}](?:[^${RTL}]*[${LTR_LETTER}0-9])?`, 'gu');

/**
 * Splits the text of a right-to-left paragraph into right-to-left runs and the left-to-right
 * stretches quoted in it. Word sets every character of a `w:rtl` run right to left, digits and
 * punctuation included, so a document symbol left in one would print as "99/65/A".
 * Digits alone stay right-to-left, as Word keeps them in Arabic text.
 */
export function splitByDirection(text: string): DirectionalText[] {
  const pieces: DirectionalText[] = [];
  let at = 0;
  for (const match of text.matchAll(LTR_STRETCH)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), rightToLeft: true });
    pieces.push({ text: match[0], rightToLeft: false });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), rightToLeft: true });
  return pieces;
}
