import { describe, expect, it } from '@jest/globals';
import ar from './locales/ar';
import en from './locales/en';
import ru from './locales/ru';
import { Translator } from './translator';

function translator(language = 'en') {
  const i18n = new Translator(language);
  for (const [code, resource] of Object.entries({ en, ru, ar })) {
    i18n.addResourceBundle(code, 'translation', resource.translation);
    i18n.addResourceBundle(code, 'messages', resource.messages);
  }
  return i18n;
}

describe('the translator', () => {
  it('finds a string by its dotted key and fills its placeholders', () => {
    const i18n = translator();
    expect(i18n.t('login.submit')).toBe('Sign in');
    expect(i18n.t('home.welcome', { name: 'Aino Virtanen' })).toBe('Welcome, Aino Virtanen');
    expect(i18n.t('app.pageTitle', {})).toBe('{{page}} – Replies');
  });

  it('chooses the plural form of the language by its CLDR rules, the other form when one is missing', () => {
    const i18n = translator();
    const days = (count: number) => i18n.getFixedT('en')('cycle.daysLeft', { count });
    expect(days(1)).toMatch(/^1 day/);
    expect(days(5)).toMatch(/^5 days/);
    // Russian: one (21), few (3), many (5); Arabic has six forms.
    const russian = i18n.getFixedT('ru');
    expect(new Set([1, 21].map((count) => russian('cycle.daysLeft', { count }).replace(/\d+/, 'N'))).size).toBe(1);
    expect(russian('cycle.daysLeft', { count: 3 }).replace('3', 'N')).not.toBe(
      russian('cycle.daysLeft', { count: 5 }).replace('5', 'N'),
    );
    const arabic = i18n.getFixedT('ar');
    expect(arabic('cycle.daysLeft', { count: 3 })).toBe('تتبقى 3 أيام');
    expect(arabic('cycle.daysLeft', { count: 11 })).toBe('يتبقى 11 يومًا');
    expect(arabic('cycle.daysLeft', { count: 100 })).toBe('يتبقى 100 يوم');
  });

  it('answers the key itself for a string it does not have, and says whether one exists', () => {
    const i18n = translator();
    expect(i18n.t('audit.actions.nothing_like_this' as 'login.submit')).toBe('audit.actions.nothing_like_this');
    expect(i18n.exists('login.submit')).toBe(true);
    expect(i18n.exists('login')).toBe(false);
  });

  it('looks messages up by their whole English text, dots included', () => {
    const i18n = translator();
    expect(i18n.getResource('ru', 'messages', 'Enter your password.', { keySeparator: false })).toBe(
      ru.messages['Enter your password.'],
    );
    expect(i18n.getResource('en', 'messages', 'Enter your password.', { keySeparator: false })).toBeUndefined();
  });

  it('tells its listeners when the language changes, and gives a new t for each language', async () => {
    const i18n = translator();
    const heard: string[] = [];
    const stop = i18n.on('languageChanged', (language) => heard.push(language));
    const before = i18n.getFixedT();
    await i18n.changeLanguage('ru');
    await i18n.changeLanguage('ru');
    stop();
    await i18n.changeLanguage('ar');
    expect(heard).toEqual(['ru']);
    expect(i18n.t('login.submit')).toBe(ar.translation.login.submit);
    expect(i18n.getFixedT()).not.toBe(before);
    expect(i18n.getFixedT('ar')).toBe(i18n.getFixedT('ar'));
  });
});
