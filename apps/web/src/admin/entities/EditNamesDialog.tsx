import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../../i18n/react';
import { ZUpdateEntity, type TEntity, type TLanguage } from '@replies/shared';
import { api } from '../../api/client';
import { upsertEntity } from '../../entities/store';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { placeFieldErrors, useFocusAfterSubmit } from '../../ui/forms';
import { NAME_PATHS, NameFields } from './NameFields';

interface EditNamesDialogProps {
  entity: TEntity;
  /** The language whose name a check found missing: its input gets the focus. */
  focusLanguage?: TLanguage | null;
  onClose: () => void;
  onSaved: (entity: TEntity) => void;
}

/** A modal dialog to change the six names of a State or organization. */
export function EditNamesDialog({ entity, focusLanguage = null, onClose, onSaved }: EditNamesDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const { names } = entity;
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(ZUpdateEntity),
    defaultValues: {
      names: {
        en: names.en,
        fr: names.fr ?? '',
        es: names.es ?? '',
        ru: names.ru ?? '',
        zh: names.zh ?? '',
        ar: names.ar ?? '',
      },
    },
    // The error summary takes the focus, not the first invalid field.
    shouldFocusError: false,
  });
  useFocusAfterSubmit(formRef, isSubmitting);

  // A modal <dialog>: focus moves into it, the page behind is inert, Escape closes it.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    if (focusLanguage) setFocus(`names.${focusLanguage}`);
  }, [focusLanguage, setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      // An emptied name is sent as "": the API stores it as missing.
      const updated = await api.entities.update(entity.code, { names: values.names });
      upsertEntity(updated);
      onSaved(updated);
    } catch (error) {
      if (placeFieldErrors(error, setError, NAME_PATHS)) return;
      setFailure(error);
    }
  });

  const titleId = `edit-names-${entity.code}-title`;
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
        <h2 id={titleId}>{t('entities.editTitle', { code: entity.code })}</h2>
        <fieldset disabled={isSubmitting} className="form__fieldset">
          <ErrorSummary errors={errors} failure={failure} attempt={submitCount} busy={isSubmitting} />
          <NameFields
            idPrefix={`edit-${entity.code}`}
            registerName={(language) => register(`names.${language}`)}
            errorOf={(language) => errors.names?.[language]?.message}
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
