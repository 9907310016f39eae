import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, ROLES, ZCreateUser, type TEntity, type TRole, type TUser } from '@replies/shared';
import { ApiError, api } from '../../api/client';
import { EntityOptions } from '../../entities/EntityOptions';
import { useMessages } from '../../i18n/messages';
import { ErrorAlert } from '../../ui/Alert';
import { SelectField, TextField } from '../../ui/Field';
import { applyFieldErrors, useFocusAfterSubmit } from '../../ui/forms';

const FIELDS = ['email', 'name', 'password', 'role', 'entityCode'] as const;

export function NewUserForm({ entities, onCreated }: { entities: readonly TEntity[]; onCreated: (user: TUser) => void }) {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    watch,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(ZCreateUser),
    defaultValues: { email: '', name: '', password: '', role: 'FOCAL_POINT' as TRole },
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
      const { placed, unplaced } = applyFieldErrors(error, setError, FIELDS);
      if (placed && unplaced.length === 0) return;
      setFailure(error);
      if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') focusAfterSubmit('email');
    }
  });

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('users.form.title')}</h2>
      <fieldset disabled={isSubmitting} className="form__fieldset">
        <ErrorAlert>{failure ? describeError(failure) : null}</ErrorAlert>
        <div className="form__grid">
          <TextField
            id="new-user-email"
            label={t('users.form.email')}
            type="email"
            dir="ltr"
            autoComplete="off"
            inputMode="email"
            spellCheck={false}
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
          <TextField
            id="new-user-password"
            label={t('users.form.password')}
            type="password"
            autoComplete="new-password"
            required
            hint={t('users.form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            error={errors.password?.message}
            registration={register('password')}
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
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('users.form.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
