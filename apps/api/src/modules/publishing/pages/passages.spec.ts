import { matchModeOf, startOfYear } from '../public-search.service';
import { renderSitemap } from './feeds';
import { markedPassage, markedWords } from './passages';

describe('passages shown with a search result', () => {
  it('marks a Chinese phrase inside a sentence, escaping the rest', () => {
    expect(markedPassage('<b>防止恐怖分子</b>获取大规模毁灭性武器是一项国际安全优先事项。', '国际安全')).toBe(
      '&lt;b&gt;防止恐怖分子&lt;/b&gt;获取大规模毁灭性武器是一项<mark>国际安全</mark>优先事项。',
    );
  });

  it('marks every word found by its stem, around the first one', () => {
    const text = `${'Introduction. '.repeat(20)}The Government adopted measures; each measure prevents terrorists.`;
    const html = markedWords(text, 'measure terrorist');
    expect(html.startsWith('…')).toBe(true);
    expect(html).toContain(
      'adopted <mark>measures</mark>; each <mark>measure</mark> prevents <mark>terrorists</mark>.',
    );
    expect(markedWords('Террористами были…', 'ТЕРРОРИСТ')).toBe('<mark>Террористами</mark> были…');
    // Short words must match whole: "UN" is not the start of "under".
    expect(markedWords('under the UN flag', 'UN')).toBe('under the <mark>UN</mark> flag');
    expect(markedWords('nothing here <i>', 'absent')).toBe('nothing here &lt;i&gt;');
  });
});

describe('search modes', () => {
  it('substring for Chinese, substring and words for Arabic, words otherwise', () => {
    expect(matchModeOf('核安')).toBe('substring');
    expect(matchModeOf('المواد النووية')).toBe('both');
    expect(matchModeOf('nuclear security')).toBe('words');
    expect(matchModeOf('ядерной')).toBe('words');
  });

  it('a year starts at midnight in the Secretariat calendar', () => {
    expect(startOfYear(2010, 'America/New_York').toISOString()).toBe('2010-01-01T05:00:00.000Z');
    expect(startOfYear(2010, 'Asia/Tokyo').toISOString()).toBe('2009-12-31T15:00:00.000Z');
  });
});

describe('the sitemap', () => {
  const urls = Array.from({ length: 5 }, (_, i) => ({
    path: `/reports/A-${i}`,
    lastmod: new Date(Date.UTC(2020, 0, i + 1)),
  }));

  it('is one urlset while the addresses fit', () => {
    const xml = renderSitemap(urls, 'https://x.org', null, 10)!;
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.match(/<url>/g)).toHaveLength(5);
  });

  it('past the limit, an index of parts, each part at most the limit', () => {
    const index = renderSitemap(urls, 'https://x.org', null, 2)!;
    expect(index).toContain('<sitemapindex');
    expect(index.match(/<loc>https:\/\/x\.org\/sitemap\.xml\?part=\d<\/loc>/g)).toHaveLength(3);
    expect(renderSitemap(urls, 'https://x.org', 3, 2)!.match(/<url>/g)).toHaveLength(1);
    expect(renderSitemap(urls, 'https://x.org', 4, 2)).toBeNull();
  });
});
