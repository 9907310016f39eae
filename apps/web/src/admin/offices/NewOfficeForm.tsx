import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../../i18n/react';
import { ZCreateOffice, type TCreateOffice, type TOffice } from '@replies/shared';
import { ApiError, api } from '../../api/client';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../../ui/forms';
import { FormSubmit } from '../../ui/FormSubmit';
import { NAME_PATHS, NameFields } from '../entities/NameFields';

const EMPTY: TCreateOffice = {
  code: '',
  names: { en: '', fr: '', es: '', ru: '', zh: '', ar: '' },
  website: '',
  email: '',
};
const FIELDS = ['code', 'website', 'email', ...NAME_PATHS] as const;

/** Adds a Secretariat office: code, names in the six languages, website, e-mail address. */
export function NewOfficeForm({ onAdded }: { onAdded: (office: TOffice) => void }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(ZCreateOffice),
    defaultValues: EMPTY,
    // The error summary takes the focus, not the first invalid field.
    shouldFocusError: false,
  });
  const focusAfterSubmit = useFocusAfterSubmit(formRef, isSubmitting);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const office = await api.offices.create({
        ...values,
        website: values.website || null,
        email: values.email || null,
      });
      reset(EMPTY);
      onAdded(office);
      focusAfterSubmit('code');
    } catch (error) {
      if (placeFieldErrors(error, setError, FIELDS)) return;
      setFailure(error);
      if (error instanceof ApiError && error.status === 409) focusAfterSubmit('code');
    }
  });

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-office-title">
      <h2 id="new-office-title">{t('offices.form.title')}</h2>
      <fieldset disabled={isSubmitting} className="form__fieldset">
        <ErrorSummary
          errors={errors}
          failure={failure}
          failureFieldId={failure instanceof ApiError && failure.status === 409 ? 'new-office-code' : undefined}
          attempt={submitCount}
          busy={isSubmitting}
        />
        <div className="form__grid">
          <TextField
            id="new-office-code"
            label={t('offices.form.code')}
            hint={t('offices.form.codeHint')}
            autoComplete="off"
            dir="ltr"
            spellCheck={false}
            required
            error={errors.code?.message}
            registration={register('code')}
          />
          <TextField
            id="new-office-website"
            label={t('offices.website')}
            optional
            hint={t('offices.websiteHint')}
            type="url"
            dir="ltr"
            autoComplete="off"
            error={errors.website?.message}
            registration={register('website', { setValueAs: (value: string) => value || null })}
          />
          <TextField
            id="new-office-email"
            label={t('offices.email')}
            optional
            hint={t('offices.emailHint')}
            type="email"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            error={errors.email?.message}
            registration={register('email', { setValueAs: (value: string) => value || null })}
          />
        </div>
        <NameFields
          idPrefix="new-office"
          registerName={(language) => register(`names.${language}`)}
          errorOf={(language) => errors.names?.[language]?.message}
        />
        <FormSubmit label={t('offices.form.submit')} />
      </fieldset>
    </form>
  );
}
