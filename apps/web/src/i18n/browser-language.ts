import type { TLanguage } from '@replies/shared';

/**
 * The first of the browser's languages (`navigator.languages`, most preferred first) that the interface
 * speaks, matched by the primary subtag: zh-CN and zh-TW are Chinese, ar-EG Arabic, fr-CA French.
 */
export function browserLanguage(preferred: readonly string[], spoken: readonly TLanguage[]): TLanguage | null {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    const match = spoken.find((language) => language === primary);
    if (match) return match;
  }
  return null;
}
