import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ZReturnReply, type TReply } from '@replies/shared';
import { ApiError, api } from '../api/client';
import { useMessages } from '../i18n/messages';
import { ErrorAlert } from '../ui/Alert';
import { TextAreaField } from '../ui/Field';
import { applyFieldErrors, useFocusAfterSubmit } from '../ui/forms';

interface ReturnFormProps {
  slug: string;
  entityCode: string;
  onReturned: (reply: TReply) => void;
  onConflict: (error: ApiError) => void;
}

/** Sends a submitted reply back to its sender with a comment; they revise it and submit it again. */
export function ReturnForm({ slug, entityCode, onReturned, onConflict }: ReturnFormProps) {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ZReturnReply), defaultValues: { comment: '' } });
  useFocusAfterSubmit(formRef, isSubmitting);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      onReturned(await api.review.returnReply(slug, entityCode, values));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        onConflict(error);
        return;
      }
      const { placed, unplaced } = applyFieldErrors(error, setError, ['comment']);
      if (placed && unplaced.length === 0) return;
      setFailure(error);
    }
  });

  return (
    <section className="section" aria-labelledby="return-title">
      <h2 id="return-title">{t('review.returnForm.title')}</h2>
      <form ref={formRef} className="card form" onSubmit={onSubmit} noValidate aria-labelledby="return-title">
        <fieldset className="form__fieldset" disabled={isSubmitting}>
          <ErrorAlert>{failure ? describeError(failure) : null}</ErrorAlert>
          <TextAreaField
            id="return-comment"
            label={t('review.returnForm.comment')}
            hint={t('review.returnForm.hint')}
            rows={4}
            required
            error={errors.comment?.message}
            registration={register('comment')}
          />
          <div className="form__actions">
            <button type="submit" className="button">
              {t('review.returnForm.submit')}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
