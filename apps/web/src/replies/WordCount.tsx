import { useTranslation } from '../i18n/react';
import type { TWordCount } from '@replies/shared';
import { useFormat } from '../ui/format';

interface WordCountProps {
  id: string;
  /** The text's length, from countWords (the same function as the API's). */
  count: TWordCount;
  limit: number;
}

/**
 * The live length of a text against its limit: words, or Chinese characters converted to words.
 * Over the limit is said in words, not only in colour.
 */
export function WordCount({ id, count, limit }: WordCountProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const over = count.words - limit;
  const values = {
    count: count.words,
    words: format.number(count.words),
    spaced: format.number(count.spacedWords),
    characters: format.number(count.characters),
    limit: format.number(limit),
  };

  const main =
    count.characters === 0
      ? t('count.words', values)
      : count.spacedWords === 0
        ? t('count.characters', values)
        : t('count.mixed', values);

  return (
    <p id={id} className={over > 0 ? 'word-count word-count--over' : 'word-count'}>
      <span>{main}</span>
      {over > 0 && (
        <strong className="word-count__over">
          <span aria-hidden="true">⚠ </span>
          {t('count.over', { count: over, over: format.number(over) })}
        </strong>
      )}
    </p>
  );
}
