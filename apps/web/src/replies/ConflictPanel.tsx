import { useEffect, useRef } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from '../i18n/react';
import type { TReply, TReplyForm } from '@replies/shared';
import { useFormat } from '../ui/format';
import { formValuesOf } from './values';

interface ConflictPanelProps {
  /** The form: its version is shown as it is being edited. */
  control: Control<TReplyForm>;
  theirs: TReply;
  /** False when the saved version can no longer be changed (it was submitted meanwhile). */
  canKeepMine: boolean;
  busy: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/**
 * A newer version was saved elsewhere while this one was being edited. Both are shown side by side; the
 * user keeps theirs or takes the saved one. What they typed stays in the form until they choose.
 */
export function ConflictPanel({ control, theirs, canKeepMine, busy, onKeepMine, onUseTheirs }: ConflictPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = useRef<HTMLElement>(null);
  const [originalLanguage, body, summary] = useWatch({ control, name: ['originalLanguage', 'body', 'summary'] });
  const mine = { originalLanguage, body, summary };
  const saved = formValuesOf(theirs, originalLanguage);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  const savedMeta = [
    theirs.updatedAt ? t('conflict.savedAt', { when: format.dateTime(theirs.updatedAt) }) : null,
    theirs.enteredBySecretariat ? t('conflict.bySecretariat') : null,
  ]
    .filter(Boolean)
    .join(' · ');

  const column = (
    id: string,
    title: string,
    meta: string,
    values: Pick<TReplyForm, 'originalLanguage' | 'body' | 'summary'>,
  ) => (
    <div className="conflict__version" aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`}>{title}</h3>
      {meta && <p className="muted">{meta}</p>}
      <h4>{t('reply.body')}</h4>
      {/* Scrolls when long: focusable, so that keyboard users can scroll it. */}
      <div
        className="conflict__text pre-wrap"
        lang={values.originalLanguage}
        role="group"
        tabIndex={0}
        aria-label={`${title}: ${t('reply.body')}`}
      >
        {values.body || t('conflict.empty')}
      </div>
      <h4>{t('reply.summary')}</h4>
      <div className="conflict__text conflict__text--short pre-wrap" lang={values.originalLanguage}>
        {values.summary || t('conflict.empty')}
      </div>
    </div>
  );

  return (
    <section ref={ref} className="conflict" aria-labelledby="conflict-title" tabIndex={-1}>
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p role="alert">{canKeepMine ? t('conflict.text') : t('conflict.textLocked')}</p>
      <div className="conflict__columns">
        {column('conflict-mine', t('conflict.mine'), t('conflict.mineMeta'), mine)}
        {column('conflict-theirs', t('conflict.theirs'), savedMeta, saved)}
      </div>
      <div className="form__actions">
        {canKeepMine && (
          <button type="button" className="button button--primary" onClick={onKeepMine} disabled={busy}>
            {t('conflict.keepMine')}
          </button>
        )}
        <button type="button" className="button" onClick={onUseTheirs} disabled={busy}>
          {t('conflict.useTheirs')}
        </button>
      </div>
    </section>
  );
}
