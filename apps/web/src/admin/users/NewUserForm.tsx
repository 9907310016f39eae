import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../../i18n/react';
import { ROLES, ZCreateUser, type TEntity, type TRole, type TUser } from '@replies/shared';
import { NewPasswordField } from '../../auth/NewPasswordField';
import { NoMailServerNotice } from '../../mail/NoMailServerNotice';
import { ApiError, api } from '../../api/client';
import { EntityOptions } from '../../entities/EntityOptions';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { EmailField, SelectField, TextField } from '../../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../../ui/forms';
import { FormSubmit } from '../../ui/FormSubmit';

const FIELDS = ['email', 'name', 'password', 'role', 'entityCode'] as const;

export function NewUserForm({
  entities,
  onCreated,
}: {
  entities: readonly TEntity[];
  onCreated: (user: TUser) => void;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    watch,
    reset,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(ZCreateUser),
    defaultValues: { email: '', name: '', password: undefined as string | undefined, role: 'FOCAL_POINT' as TRole },
    // The error summary takes the focus, not the first invalid field.
    shouldFocusError: false,
  });
  const focusAfterSubmit = useFocusAfterSubmit(formRef, isSubmitting);
  const isFocalPoint = watch('role') === 'FOCAL_POINT';

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const user = await api.users.create(values);
      reset();
      onCreated(user);
      focusAfterSubmit('email');
    } catch (error) {
      if (placeFieldErrors(error, setError, FIELDS)) return;
      setFailure(error);
      if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') focusAfterSubmit('email');
    }
  });

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('users.form.title')}</h2>
      <fieldset disabled={isSubmitting} className="form__fieldset">
        <NoMailServerNotice what="account" />
        <ErrorSummary
          errors={errors}
          failure={failure}
          failureFieldId={failure instanceof ApiError && failure.code === 'EMAIL_TAKEN' ? 'new-user-email' : undefined}
          attempt={submitCount}
          busy={isSubmitting}
        />
        <div className="form__grid">
          <EmailField
            id="new-user-email"
            label={t('users.form.email')}
            autoComplete="off"
            required
            error={errors.email?.message}
            registration={register('email')}
          />
          <TextField
            id="new-user-name"
            label={t('users.form.name')}
            autoComplete="off"
            required
            error={errors.name?.message}
            registration={register('name')}
          />
          <NewPasswordField
            id="new-user-password"
            label={t('users.form.password')}
            optional
            value={watch('password') ?? ''}
            hint={t('users.form.passwordOptional')}
            userInputs={[watch('email'), watch('name')]}
            error={errors.password?.message}
            registration={register('password', { setValueAs: (value: string) => value || undefined })}
          />
          <SelectField
            id="new-user-role"
            label={t('users.form.role')}
            required
            error={errors.role?.message}
            registration={register('role')}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </SelectField>
          {isFocalPoint && (
            <SelectField
              id="new-user-entity"
              label={t('users.form.entity')}
              required
              error={errors.entityCode?.message}
              // Unmounted with its value when the role is not focal point: only focal points have an entity.
              registration={register('entityCode', {
                shouldUnregister: true,
                setValueAs: (value: string) => value || undefined,
              })}
            >
              <option value="">{t('users.form.chooseEntity')}</option>
              <EntityOptions entities={entities} />
            </SelectField>
          )}
        </div>
        <FormSubmit label={t('users.form.submit')} />
      </fieldset>
    </form>
  );
}
