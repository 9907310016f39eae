import { invalidField } from '../../common/domain-error';

let common: Set<string> | undefined;

/**
 * The ~49,000 most common passwords of zxcvbn-ts's maintained list (@zxcvbn-ts/language-common),
 * loaded on first use. The same list feeds the strength meter of the web forms.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a large list, loaded on first use
    const { dictionary } = require('@zxcvbn-ts/language-common') as { dictionary: Record<string, string[]> };
    common = new Set(dictionary['passwords-common']);
  }
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/** The rules beyond the length the shared schema checks: a password found in the common list is refused. */
export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (isCommonPassword(password)) {
    throw invalidField(field, 'This password is one of the most common ones, which are tried first: choose another.');
  }
}
