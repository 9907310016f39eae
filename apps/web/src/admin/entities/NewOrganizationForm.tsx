import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../../i18n/react';
import { ORGANIZATION_TYPES, ZCreateOrganization, type TCreateOrganization, type TEntity } from '@replies/shared';
import { ApiError, api } from '../../api/client';
import { EntityGroupOptions } from '../../entities/EntityOptions';
import { upsertEntity } from '../../entities/store';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../../ui/forms';
import { FormSubmit } from '../../ui/FormSubmit';
import { NAME_PATHS, NameFields } from './NameFields';

export const EMPTY_ORGANIZATION: TCreateOrganization = {
  code: '',
  type: 'UN_SYSTEM',
  names: { en: '', fr: '', es: '', ru: '', zh: '', ar: '' },
};

const FIELDS = ['code', 'type', ...NAME_PATHS] as const;

interface NewOrganizationFormProps {
  /** What was typed before the form was last unmounted; kept so that nothing typed is lost. */
  draft: TCreateOrganization | null;
  onDraft: (draft: TCreateOrganization) => void;
  onAdded: (entity: TEntity) => void;
}

export function NewOrganizationForm({ draft, onDraft, onAdded }: NewOrganizationFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    reset,
    getValues,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(ZCreateOrganization),
    defaultValues: draft ?? EMPTY_ORGANIZATION,
    shouldFocusError: false,
  });
  const focusAfterSubmit = useFocusAfterSubmit(formRef, isSubmitting);

  useEffect(() => () => onDraft(getValues()), [getValues, onDraft]);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const entity = await api.entities.create(values);
      upsertEntity(entity);
      reset(EMPTY_ORGANIZATION);
      onAdded(entity);
      focusAfterSubmit('code');
    } catch (error) {
      if (placeFieldErrors(error, setError, FIELDS)) return;
      setFailure(error);
      if (error instanceof ApiError && error.status === 409) focusAfterSubmit('code');
    }
  });

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-organization-title">
      <h2 id="new-organization-title">{t('entities.form.title')}</h2>
      <fieldset disabled={isSubmitting} className="form__fieldset">
        <ErrorSummary
          errors={errors}
          failure={failure}
          failureFieldId={failure instanceof ApiError && failure.status === 409 ? 'new-organization-code' : undefined}
          attempt={submitCount}
          busy={isSubmitting}
        />
        <div className="form__grid">
          <TextField
            id="new-organization-code"
            label={t('entities.form.code')}
            hint={t('entities.form.codeHint')}
            autoComplete="off"
            autoCapitalize="characters"
            dir="ltr"
            spellCheck={false}
            required
            error={errors.code?.message}
            registration={register('code')}
          />
          <SelectField
            id="new-organization-group"
            label={t('entities.form.group')}
            required
            error={errors.type?.message}
            registration={register('type')}
          >
            <EntityGroupOptions groups={ORGANIZATION_TYPES} />
          </SelectField>
        </div>
        <NameFields
          idPrefix="new-organization"
          registerName={(language) => register(`names.${language}`)}
          errorOf={(language) => errors.names?.[language]?.message}
        />
        <FormSubmit label={t('entities.form.submit')} />
      </fieldset>
    </form>
  );
}
