import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../i18n/react';
import { ZReturnReply, type TReply } from '@replies/shared';
import { ApiError, api } from '../api/client';
import { ErrorSummary } from '../ui/ErrorSummary';
import { NoMailServerNotice } from '../mail/NoMailServerNotice';
import { TextAreaField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';

interface ReturnFormProps {
  slug: string;
  entityCode: string;
  onReturned: (reply: TReply) => void;
  onConflict: (error: ApiError) => void;
}

/** Sends a submitted reply back to its sender with a comment; they revise it and submit it again. */
export function ReturnForm({ slug, entityCode, onReturned, onConflict }: ReturnFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({ resolver: zodResolver(ZReturnReply), defaultValues: { comment: '' }, shouldFocusError: false });
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
      if (placeFieldErrors(error, setError, ['comment'])) return;
      setFailure(error);
    }
  });

  return (
    <section className="section" aria-labelledby="return-title">
      <h2 id="return-title">{t('review.returnForm.title')}</h2>
      <form ref={formRef} className="card form" onSubmit={onSubmit} noValidate aria-labelledby="return-title">
        <fieldset className="form__fieldset" disabled={isSubmitting}>
          <NoMailServerNotice />
          <ErrorSummary errors={errors} failure={failure} attempt={submitCount} busy={isSubmitting} />
          <TextAreaField
            id="return-comment"
            label={t('review.returnForm.comment')}
            hint={t('review.returnForm.hint')}
            rows={4}
            required
            error={errors.comment?.message}
            registration={register('comment')}
          />
          <FormSubmit label={t('review.returnForm.submit')} primary={false} />
        </fieldset>
      </form>
    </section>
  );
}
