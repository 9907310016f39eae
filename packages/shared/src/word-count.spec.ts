import { checkLength } from './length-rule';
import { CHINESE_CHARACTERS_PER_WORD, countWords } from './word-count';

describe('countWords', () => {
  it('counts English, French, Russian and Arabic by whitespace-separated words', () => {
    expect(countWords('Australia is committed to preventing terrorists from acquiring weapons.').words).toBe(9);
    expect(countWords("La France s'engage — pleinement — à prévenir l'acquisition d'armes.").words).toBe(8);
    expect(countWords('Российская Федерация  последовательно\nвыступает за укрепление режима.').words).toBe(7);
    expect(countWords('تولي المملكة المغربية أهمية كبيرة لمكافحة الإرهاب').words).toBe(7);
  });

  it('does not count bullets, dashes or stray punctuation as words', () => {
    expect(countWords('•  First point\n-  Second point\n(a) third').words).toBe(6); // "(a)" is a word, "•" and "-" are not
    expect(countWords('   \n\t ').words).toBe(0);
  });

  it('counts Chinese by characters and converts them with the stated ratio', () => {
    const page = '防止恐怖分子获取大规模毁灭性武器是澳大利亚政府的一项国际安全优先事项。'.repeat(40);
    const count = countWords(page);
    expect(count.characters).toBe(34 * 40); // the full stop 。 is punctuation, not a character to count
    expect(count.words).toBe(Math.round((34 * 40) / CHINESE_CHARACTERS_PER_WORD));
    expect(count.words).toBeGreaterThan(800); // a page of Chinese is not "one word"
  });

  it('counts mixed Chinese and Latin text each its own way', () => {
    const count = countWords('原子能机构 IAEA 的核安保 Nuclear Security Plan 计划');
    expect(count).toEqual({ characters: 11, spacedWords: 4, words: 4 + Math.round(11 / CHINESE_CHARACTERS_PER_WORD) });
  });
});

describe('checkLength', () => {
  const limits = { replyWordLimit: 10, summaryWordLimit: 4 };
  const long = 'word '.repeat(11);

  it('proposes FULL within the limit', () => {
    expect(checkLength({ body: 'A short reply.' }, limits)).toMatchObject({
      overLimit: false,
      proposedDecision: 'FULL',
      blockingRule: null,
    });
  });

  it('asks for a summary or web-only publication over the limit, and never refuses for length alone', () => {
    expect(checkLength({ body: long }, limits).blockingRule).toBe('SUMMARY_OR_WEB_ONLY');
    expect(checkLength({ body: long, summary: 'Short executive summary.' }, limits)).toMatchObject({
      proposedDecision: 'SUMMARY',
      blockingRule: null,
    });
    expect(checkLength({ body: long, webOnly: true }, limits)).toMatchObject({
      proposedDecision: 'WEB_ONLY',
      blockingRule: null,
    });
    expect(checkLength({ body: long, summary: 'A summary far too long here.' }, limits).blockingRule).toBe(
      'SUMMARY_TOO_LONG',
    );
  });

  it('applies to Chinese text through the character ratio', () => {
    const chinese = '恐怖主义'.repeat(5); // 20 characters ≈ 13 words
    expect(checkLength({ body: chinese }, limits).overLimit).toBe(true);
    expect(checkLength({ body: '' }, limits).blockingRule).toBe('EMPTY_REPLY');
  });
});
