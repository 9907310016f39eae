import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import { countWords } from '@replies/shared';
import { useFormat } from '../ui/format';

interface ReplaceTextPromptProps {
  /** The text extracted from the uploaded DOCX. */
  text: string;
  onReplace: () => void;
  onKeep: () => void;
}

/** The uploaded original has a text and the form has another: the user says which one to keep. */
export function ReplaceTextPrompt({ text, onReplace, onKeep }: ReplaceTextPromptProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const replaceRef = useRef<HTMLButtonElement>(null);
  const words = countWords(text).words;

  useEffect(() => {
    replaceRef.current?.focus();
  }, [text]);

  return (
    <div className="notice" role="group" aria-labelledby="replace-title">
      <p id="replace-title" className="notice__title">
        {t('upload.replaceQuestion')}
      </p>
      <p>{t('upload.replaceHint', { count: words, words: format.number(words) })}</p>
      <div className="form__actions">
        <button ref={replaceRef} type="button" className="button button--primary" onClick={onReplace}>
          {t('upload.replace')}
        </button>
        <button type="button" className="button" onClick={onKeep}>
          {t('upload.keep')}
        </button>
      </div>
    </div>
  );
}
