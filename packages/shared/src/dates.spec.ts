import { daysBetween, formatLongDate, todayAt } from './dates';
import { chineseNumber, englishOrdinal, frenchOrdinal, spanishOrdinal } from './numbers';

describe('formatLongDate', () => {
  it('prints dates as UN documents do in each of the six languages', () => {
    expect(formatLongDate('2010-06-23', 'en')).toBe('23 June 2010');
    expect(formatLongDate('2011-07-01', 'fr')).toBe('1er juillet 2011');
    expect(formatLongDate('2011-07-02', 'fr')).toBe('2 juillet 2011');
    expect(formatLongDate('2014-07-16', 'es')).toBe('16 de julio de 2014');
    expect(formatLongDate('2010-09-23', 'ru')).toBe('23 сентября 2010 года');
    expect(formatLongDate('2007-12-17', 'ar')).toBe('17 كانون الأول/ديسمبر 2007');
    expect(formatLongDate('2010-06-01', 'zh')).toBe('2010年6月1日');
    expect(formatLongDate('2010-06-01', 'zh', { spaced: true })).toBe('2010 年 6 月 1 日');
  });
});

describe('calendar helpers', () => {
  it('counts days and knows the date in New York', () => {
    expect(daysBetween('2010-06-01', '2010-06-23')).toBe(22);
    expect(daysBetween('2010-06-23', '2010-06-01')).toBe(-22);
    // 02:00 UTC on 24 June is still 23 June in New York.
    expect(todayAt('America/New_York', new Date('2010-06-24T02:00:00Z'))).toBe('2010-06-23');
  });
});

describe('numbers in words', () => {
  it('names General Assembly sessions', () => {
    expect(englishOrdinal(65)).toBe('sixty-fifth');
    expect(englishOrdinal(1)).toBe('first');
    expect(englishOrdinal(12)).toBe('twelfth');
    expect(englishOrdinal(70)).toBe('seventieth');
    expect(englishOrdinal(81)).toBe('eighty-first');
    expect(englishOrdinal(100)).toBe('one hundredth');
    expect(chineseNumber(65)).toBe('六十五');
    expect(chineseNumber(10)).toBe('十');
    expect(chineseNumber(14)).toBe('十四');
    expect(chineseNumber(70)).toBe('七十');
    expect(chineseNumber(105)).toBe('一百零五');
    expect(chineseNumber(110)).toBe('一百一十');
  });
});

describe('session names in French and Spanish', () => {
  it('spells ordinals as UN documents do', () => {
    expect(frenchOrdinal(65)).toBe('soixante-cinquième');
    expect(frenchOrdinal(61)).toBe('soixante et unième');
    expect(frenchOrdinal(71)).toBe('soixante et onzième');
    expect(frenchOrdinal(80)).toBe('quatre-vingtième');
    expect(frenchOrdinal(79)).toBe('soixante-dix-neuvième');
    expect(frenchOrdinal(1)).toBe('première');
    expect(frenchOrdinal(4)).toBe('quatrième');
    expect(spanishOrdinal(65)).toBe('sexagésimo quinto');
    expect(spanishOrdinal(61)).toBe('sexagésimo primer');
    expect(spanishOrdinal(70)).toBe('septuagésimo');
    expect(spanishOrdinal(3)).toBe('tercer');
  });
});
