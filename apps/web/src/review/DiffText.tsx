import { useTranslation } from '../i18n/react';
import type { TDiffPart, TLanguage } from '@replies/shared';
import { LANGUAGE_INFO } from '../i18n/languages';

interface DiffTextProps {
  id: string;
  label: string;
  parts: readonly TDiffPart[];
  language: TLanguage;
}

/**
 * A difference as the API computed it: added text in <ins>, removed text in <del>, all of it as text.
 * Screen readers do not announce ins and del, so each change also says what it is, in hidden words.
 */
export function DiffText({ id, label, parts, language }: DiffTextProps) {
  const { t } = useTranslation();
  const info = LANGUAGE_INFO[language];
  const changed = parts.some((part) => part.kind !== 'same');
  const empty = parts.every((part) => part.text === '');

  return (
    <>
      <h4 id={`${id}-title`}>{label}</h4>
      {empty ? (
        <p className="muted">{t('review.versions.noText')}</p>
      ) : (
        <>
          {!changed && <p className="muted">{t('review.versions.unchanged')}</p>}
          <div
            className="review-text diff pre-wrap"
            lang={info.htmlLang}
            dir={info.dir}
            role="region"
            aria-labelledby={`compare-title ${id}-title`}
            tabIndex={0}
          >
            {parts.map((part, index) =>
              part.kind === 'added' ? (
                <ins key={index}>
                  <span className="visually-hidden">{t('review.versions.added')} </span>
                  {part.text}
                  <span className="visually-hidden">{t('review.versions.close')}</span>
                </ins>
              ) : part.kind === 'removed' ? (
                <del key={index}>
                  <span className="visually-hidden">{t('review.versions.removed')} </span>
                  {part.text}
                  <span className="visually-hidden">{t('review.versions.close')}</span>
                </del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </div>
        </>
      )}
    </>
  );
}
