import { describe, expect, it } from '@jest/globals';
import { ERROR_CODES } from '@replies/shared';
import ar from './locales/ar';
import en from './locales/en';
import es from './locales/es';
import fr from './locales/fr';
import ru from './locales/ru';
import zh from './locales/zh';
import { fillParams } from './fill-params';
import type { LocaleResource } from './types';

const LOCALES: Record<string, LocaleResource> = { en, fr, es, ru, zh, ar };

const messagesOf = (resource: LocaleResource) => resource.translation.apiErrors as Record<string, string>;
const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the messages of the API error codes', () => {
  it.each(Object.keys(LOCALES))('%s has a message for every code', (language) => {
    const messages = messagesOf(LOCALES[language]);
    expect(ERROR_CODES.filter((code) => !messages[code]?.trim())).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s has no message for a code the API does not have', (language) => {
    const known: readonly string[] = ERROR_CODES;
    expect(Object.keys(messagesOf(LOCALES[language])).filter((code) => !known.includes(code))).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s keeps the placeholders of each English message', (language) => {
    const messages = messagesOf(LOCALES[language]);
    const english = messagesOf(en);
    for (const code of ERROR_CODES) {
      expect([code, placeholders(messages[code] ?? '')]).toEqual([code, placeholders(english[code])]);
    }
  });

  it('fills a message with the parameters of the error', () => {
    expect(fillParams(messagesOf(fr).WORK_TIMEOUT, { seconds: 30 })).toContain('en 30 secondes');
    expect(fillParams(messagesOf(en).CUTOFF_PASSED, { date: '2030-05-31' })).toBe(
      'The cut-off date (2030-05-31) has passed: move it to a later date to reopen the cycle.',
    );
    expect(fillParams('Wait {{minutes}} minutes.', {})).toBe('Wait {{minutes}} minutes.');
  });
});
