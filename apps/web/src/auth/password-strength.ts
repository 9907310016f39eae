import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

let factory: Promise<{ zxcvbn: ZxcvbnFactory; common: Set<string> }> | undefined;

/**
 * zxcvbn-ts with the same list of common passwords the API refuses (@zxcvbn-ts/language-common),
 * loaded only when a password form is shown: it weighs about 400 KB, kept out of the sign-in page.
 */
function load() {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(([core, lang]) => ({
    zxcvbn: new core.ZxcvbnFactory({
      dictionary: lang.dictionary,
      graphs: lang.adjacencyGraphs,
      useLevenshteinDistance: true,
    }),
    common: new Set(lang.dictionary['passwords-common']),
  }));
  return factory;
}

export type Strength = 0 | 1 | 2 | 3 | 4;

/** 0 (guessed at once) to 4 (very hard to guess); a common password is 0 whatever its length. */
export async function passwordStrength(password: string, userInputs: string[] = []): Promise<Strength> {
  const { zxcvbn, common } = await load();
  // The API refuses a password of the list outright: the meter says so too.
  if (common.has(password.toLowerCase())) return 0;
  return zxcvbn.check(password, userInputs).score;
}
