import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../../i18n/react';
import { ZUpdateOffice, type TLanguage, type TOffice } from '@replies/shared';
import { api } from '../../api/client';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../../ui/forms';
import { NAME_PATHS, NameFields } from '../entities/NameFields';

interface EditOfficeDialogProps {
  office: TOffice;
  /** The language whose name a check found missing: its input gets the focus. */
  focusLanguage: TLanguage | null;
  onClose: () => void;
  onSaved: (office: TOffice) => void;
}

/** A modal dialog to change an office's six names, its website and its e-mail address. */
export function EditOfficeDialog({ office, focusLanguage, onClose, onSaved }: EditOfficeDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const { names } = office;
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(ZUpdateOffice),
    defaultValues: {
      names: {
        en: names.en,
        fr: names.fr ?? '',
        es: names.es ?? '',
        ru: names.ru ?? '',
        zh: names.zh ?? '',
        ar: names.ar ?? '',
      },
      website: office.website ?? '',
      email: office.email ?? '',
    },
    // The error summary takes the focus, not the first invalid field.
    shouldFocusError: false,
  });
  useFocusAfterSubmit(formRef, isSubmitting);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    if (focusLanguage) setFocus(`names.${focusLanguage}`);
  }, [focusLanguage, setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      onSaved(await api.offices.update(office.code, values));
    } catch (error) {
      if (placeFieldErrors(error, setError, [...NAME_PATHS, 'website', 'email'])) return;
      setFailure(error);
    }
  });

  const titleId = `edit-office-${office.code}-title`;
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        if (isSubmitting) event.preventDefault();
      }}
    >
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
        <h2 id={titleId}>{t('offices.editTitle', { code: office.code })}</h2>
        <fieldset disabled={isSubmitting} className="form__fieldset">
          <ErrorSummary errors={errors} failure={failure} attempt={submitCount} busy={isSubmitting} />
          <NameFields
            idPrefix={`edit-office-${office.code}`}
            registerName={(language) => register(`names.${language}`)}
            errorOf={(language) => errors.names?.[language]?.message}
          />
          <TextField
            id={`edit-office-${office.code}-website`}
            label={t('offices.website')}
            optional
            hint={t('offices.websiteHint')}
            type="url"
            dir="ltr"
            autoComplete="off"
            error={errors.website?.message}
            registration={register('website')}
          />
          <TextField
            id={`edit-office-${office.code}-email`}
            label={t('offices.email')}
            optional
            hint={t('offices.emailHint')}
            type="email"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            error={errors.email?.message}
            registration={register('email')}
          />
          <div className="form__actions">
            <button type="submit" className="button button--primary">
              {t('form.save')}
            </button>
            <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
              {t('form.cancel')}
            </button>
          </div>
        </fieldset>
      </form>
    </dialog>
  );
}
