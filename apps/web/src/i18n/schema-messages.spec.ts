import { describe, expect, it } from '@jest/globals';
import { atMost, lengthLimitsInUse, ZCreateOffice, ZEntityNames, ZReturnReply } from '@replies/shared';
import ar from './locales/ar';
import es from './locales/es';
import fr from './locales/fr';
import ru from './locales/ru';
import zh from './locales/zh';
import type { LocaleResource } from './types';

const TRANSLATED: Record<string, LocaleResource> = { fr, es, ru, zh, ar };

describe('the length limits of the shared schemas', () => {
  it('speak in our words, not zod’s', () => {
    const tooLong = ZEntityNames.safeParse({ en: 'x'.repeat(301) });
    expect(tooLong.error?.issues.map((issue) => issue.message)).toEqual(['At most 300 characters.']);
    const mailbox = ZCreateOffice.safeParse({ code: 'ODA', names: { en: 'x' }, email: `${'a'.repeat(250)}@un.org` });
    expect(mailbox.error?.issues.map((issue) => issue.message)).toEqual(['At most 254 characters.']);
    const comment = ZReturnReply.safeParse({ comment: 'x'.repeat(10_001) });
    expect(comment.error?.issues.map((issue) => issue.message)).toEqual(['At most 10,000 characters.']);
  });

  it.each(Object.keys(TRANSLATED))('have a message in %s for every limit in use', (language) => {
    const messages = TRANSLATED[language].messages;
    expect(lengthLimitsInUse().length).toBeGreaterThanOrEqual(9);
    const missing = lengthLimitsInUse()
      .map((max) => atMost(max).error)
      .filter((english) => !messages[english]?.trim());
    expect(missing).toEqual([]);
  });
});
