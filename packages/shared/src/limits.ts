const limitsInUse = new Set<number>();

/**
 * The message of a length limit, in our words rather than zod's ("Too big: expected string to have
 * <=300 characters"): the web app translates the shared schemas' messages by their English text.
 */
export function atMost(max: number) {
  limitsInUse.add(max);
  return { error: `At most ${max.toLocaleString('en')} characters.` };
}

/** The limits the schemas built so far use: every one needs its message in each language. */
export const lengthLimitsInUse = (): number[] => [...limitsInUse].sort((a, b) => a - b);
