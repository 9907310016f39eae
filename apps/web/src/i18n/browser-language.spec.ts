import { describe, expect, it } from '@jest/globals';
import { LANGUAGES } from '@replies/shared';
import { browserLanguage } from './browser-language';

describe('browserLanguage', () => {
  it("takes the first of the browser's languages that the interface speaks, by its primary subtag", () => {
    expect(browserLanguage(['zh-CN', 'en-US'], LANGUAGES)).toBe('zh');
    expect(browserLanguage(['zh-Hant-TW'], LANGUAGES)).toBe('zh');
    expect(browserLanguage(['ar-EG', 'fr'], LANGUAGES)).toBe('ar');
    expect(browserLanguage(['pt-BR', 'es-419', 'en'], LANGUAGES)).toBe('es');
    expect(browserLanguage(['FR-ca'], LANGUAGES)).toBe('fr');
  });

  it('finds none when the browser speaks none of them', () => {
    expect(browserLanguage(['pt-BR', 'de'], LANGUAGES)).toBeNull();
    expect(browserLanguage([], LANGUAGES)).toBeNull();
    expect(browserLanguage(['zh'], ['en', 'fr'])).toBeNull();
  });
});
