import { arabicOrdinal, russianOrdinal } from './numbers-ru-ar';
import { spanishOrdinal } from './numbers';

describe('ordinals past the first hundred sessions', () => {
  it('in Russian, nominative and prepositional', () => {
    expect(russianOrdinal(100)).toBe('сотая');
    expect(russianOrdinal(101)).toBe('сто первая');
    expect(russianOrdinal(113, 'prepositional')).toBe('сто тринадцатой');
    expect(russianOrdinal(163, 'prepositional')).toBe('сто шестьдесят третьей');
    expect(russianOrdinal(200)).toBe('двухсотая');
  });

  it('in Arabic, "after the hundred"', () => {
    expect(arabicOrdinal(100)).toBe('المائة');
    expect(arabicOrdinal(101)).toBe('الحادية بعد المائة');
    expect(arabicOrdinal(111)).toBe('الحادية عشرة بعد المائة');
    expect(arabicOrdinal(165, 'genitive')).toBe('الخامسة والستين بعد المائة');
  });

  it('in Spanish, 13 to 19 in one word', () => {
    expect([13, 14, 18, 19].map(spanishOrdinal)).toEqual([
      'decimotercer',
      'decimocuarto',
      'decimoctavo',
      'decimonoveno',
    ]);
  });
});
