import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../i18n/react';
import { ZWithdrawReply, type TReply } from '@replies/shared';
import { ApiError, api } from '../api/client';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextAreaField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';

interface WithdrawSectionProps {
  slug: string;
  entityCode: string;
  onWithdrawn: (reply: TReply) => void;
  onConflict: (error: ApiError) => void;
}

/** Takes the reply out of the report. Behind a button, and confirmed with the reason, which the audit trail keeps. */
export function WithdrawSection({ slug, entityCode, onWithdrawn, onConflict }: WithdrawSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    reset,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({ resolver: zodResolver(ZWithdrawReply), defaultValues: { reason: '' }, shouldFocusError: false });
  useFocusAfterSubmit(formRef, isSubmitting);

  useEffect(() => {
    if (open) setFocus('reason');
  }, [open, setFocus]);

  const close = () => {
    setOpen(false);
    setFailure(null);
    reset();
    openRef.current?.focus();
  };

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      onWithdrawn(await api.review.withdraw(slug, entityCode, values));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        onConflict(error);
        return;
      }
      if (placeFieldErrors(error, setError, ['reason'])) return;
      setFailure(error);
    }
  });

  return (
    <section className="section" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('review.withdraw.title')}</h2>
      <p>{t('review.withdraw.intro')}</p>
      <button
        ref={openRef}
        type="button"
        className="button button--danger"
        aria-expanded={open}
        aria-controls={open ? 'withdraw-form' : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('review.withdraw.open')}
      </button>
      {open && (
        <form
          ref={formRef}
          id="withdraw-form"
          className="card form withdraw-form"
          onSubmit={onSubmit}
          noValidate
          aria-labelledby="withdraw-title"
        >
          <fieldset className="form__fieldset" disabled={isSubmitting}>
            <ErrorSummary errors={errors} failure={failure} attempt={submitCount} busy={isSubmitting} />
            <TextAreaField
              id="withdraw-reason"
              label={t('review.withdraw.reason')}
              rows={3}
              required
              error={errors.reason?.message}
              registration={register('reason')}
            />
            <div className="form__actions">
              <button type="submit" className="button button--danger">
                {t('review.withdraw.confirm')}
              </button>
              <button type="button" className="button button--quiet" onClick={close}>
                {t('review.withdraw.cancel')}
              </button>
            </div>
          </fieldset>
        </form>
      )}
    </section>
  );
}
