import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

let factory: Promise<ZxcvbnFactory> | undefined;

/**
 * zxcvbn-ts with the same list of common passwords the API refuses (@zxcvbn-ts/language-common),
 * loaded only when a password form is shown: it weighs about 400 KB, kept out of the sign-in page.
 */
function load(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) =>
      new core.ZxcvbnFactory({
        dictionary: common.dictionary,
        graphs: common.adjacencyGraphs,
        useLevenshteinDistance: true,
      }),
  );
  return factory;
}

export type Strength = 0 | 1 | 2 | 3 | 4;

/** 0 (guessed at once) to 4 (very hard to guess); a common password is 0 whatever its length. */
export async function passwordStrength(password: string, userInputs: string[] = []): Promise<Strength> {
  const zxcvbn = await load();
  return zxcvbn.check(password, userInputs).score as Strength;
}
