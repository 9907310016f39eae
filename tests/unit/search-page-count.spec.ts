import { LANGUAGES } from '@replies/shared';
import { renderSearchPage, type SearchPageInput } from '../../apps/api/src/modules/publishing/pages/search-page';

const input = (overrides: Partial<SearchPageInput>): SearchPageInput => ({
  language: 'en',
  query: { q: 'security', page: 1 },
  reports: [],
  years: [],
  senders: [],
  groups: [
    {
      reportSymbol: 'A/65/99',
      reportSlug: 'A-65-99',
      title: 'Measures to prevent terrorists from acquiring weapons of mass destruction',
      items: [{ name: 'Finland', href: '/reports/A-65-99/replies/FIN?lang=en', language: 'en', passage: 'security' }],
    },
  ],
  total: 1000,
  more: true,
  pageSize: 20,
  ...overrides,
});

describe('the search page past the matches counted', () => {
  it('says "more than" in the reader language, with Latin digits', () => {
    const expected = {
      en: 'Results (more than 1,000)',
      fr: 'Résultats (plus de 1\u202f000)',
      es: 'Resultados (más de 1000)',
      ru: 'Результаты (более 1\u00a0000)',
      zh: '结果 (超过 1,000 条)',
      ar: 'النتائج (أكثر من 1,000)',
    };
    for (const language of LANGUAGES) {
      expect(renderSearchPage(input({ language }))).toContain(`<h2>${expected[language]}</h2>`);
    }
  });

  it('offers the next page but no last page, which is not known', () => {
    const html = renderSearchPage(input({ query: { q: 'security', page: 50 } }));
    expect(html).toContain('page=51&amp;lang=en" rel="next"');
    expect(html).not.toContain('page=52');
    const exact = renderSearchPage(input({ total: 14, more: false }));
    expect(exact).toContain('<h2>Results (14)</h2>');
    expect(exact).not.toContain('rel="next"');
  });
});
