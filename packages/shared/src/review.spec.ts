import { findRepeatedPassages, splitSentences } from './repetition';
import { diffTexts, tokenize } from './text-diff';

describe('diffTexts', () => {
  it('shows the words added and removed between two English versions', () => {
    expect(diffTexts('Finland supports the measures.', 'Finland fully supports all the measures.')).toEqual([
      { kind: 'same', text: 'Finland ' },
      { kind: 'added', text: 'fully ' },
      { kind: 'same', text: 'supports ' },
      { kind: 'added', text: 'all ' },
      { kind: 'same', text: 'the measures.' },
    ]);
  });

  it('does not show a word as changed when only the space after it changed', () => {
    const parts = diffTexts('It cooperates with its partners.', 'It cooperates with its partners.\nAnd more.');
    expect(parts).toEqual([
      { kind: 'same', text: 'It cooperates with its partners.' },
      { kind: 'added', text: '\nAnd more.' },
    ]);
  });

  it('works character by character in Chinese', () => {
    expect(diffTexts('中国支持这些措施。', '中国全力支持这些措施。')).toEqual([
      { kind: 'same', text: '中国' },
      { kind: 'added', text: '全力' },
      { kind: 'same', text: '支持这些措施。' },
    ]);
  });

  it('rebuilds both texts exactly from the parts', () => {
    const before = 'Paragraph one.\n\n(a) first;\n(b) second.';
    const after = 'Paragraph one, revised.\n\n(a) first;\n(c) third.';
    const parts = diffTexts(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
    expect(tokenize('  two words')).toEqual(['  ', 'two ', 'words']);
  });
});

describe('findRepeatedPassages', () => {
  const previous =
    'The Agency continued to assist States in establishing nuclear security infrastructure. In 2009 the Agency trained 1,200 people. 原子能机构继续协助各国建立核安保基础设施。';

  it('marks sentences that repeat the previous reply, even with a changed number', () => {
    const current =
      'The Agency continued to assist States in establishing nuclear security infrastructure. In 2010 the Agency trained 1,450 people. A new Nuclear Security Plan for 2010-2013 was approved by the Board.';
    const repeated = findRepeatedPassages(current, previous);
    expect(repeated.map((r) => r.sentence)).toEqual([
      'The Agency continued to assist States in establishing nuclear security infrastructure.',
      'In 2010 the Agency trained 1,450 people.',
    ]);
    expect(repeated[0].similarity).toBe(1);
    expect(current.slice(repeated[1].start, repeated[1].end)).toBe('In 2010 the Agency trained 1,450 people.');
  });

  it('works for Chinese, which has no spaces between words', () => {
    const repeated = findRepeatedPassages(
      '原子能机构继续协助各国建立核安保基础设施。原子能机构理事会批准了新的核安保计划。',
      previous,
    );
    expect(repeated.map((r) => r.sentence)).toEqual(['原子能机构继续协助各国建立核安保基础设施。']);
  });

  it('finds nothing in a reply that is all new', () => {
    expect(
      findRepeatedPassages('Entirely different information about customs cooperation in Oceania.', previous),
    ).toEqual([]);
    expect(splitSentences('1.\n\nShort.')).toEqual([]);
  });
});
