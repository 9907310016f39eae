import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../i18n/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ZNewPassword } from '@replies/shared';
import { ApiError, api } from '../api/client';
import { ErrorSummary } from '../ui/ErrorSummary';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';
import { PageHeading } from '../ui/PageHeading';
import { NewPasswordField } from './NewPasswordField';
import { useSession } from './session';
import { SignedOutPage } from './SignedOutPage';

/** Where the activation link of an invited user leads: they choose their password and are signed in. */
export function ActivatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { adopt } = useSession();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({ resolver: zodResolver(ZNewPassword), defaultValues: { password: '' }, shouldFocusError: false });
  useFocusAfterSubmit(formRef, isSubmitting);

  const onSubmit = handleSubmit(async ({ password }) => {
    setFailure(null);
    try {
      const session = await api.auth.activate({ token, password });
      adopt(session);
      void navigate(session.twoFactorSetupRequired ? '/account' : '/', { replace: true });
    } catch (error) {
      if (!placeFieldErrors(error, setError, ['password'])) setFailure(error);
    }
  });

  const linkDead = failure instanceof ApiError && failure.code === 'INVALID_TOKEN';
  return (
    <SignedOutPage>
      <PageHeading id="activate-title" title={t('activate.title')}>
        {t('activate.title')}
      </PageHeading>
      {!token ? (
        <p>{t('activate.noToken')}</p>
      ) : (
        <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="activate-title">
          <fieldset disabled={isSubmitting} className="form__fieldset">
            <p>{t('activate.intro')}</p>
            <ErrorSummary
              errors={errors}
              failure={linkDead ? null : failure}
              attempt={submitCount}
              busy={isSubmitting}
            />
            {linkDead && (
              <div className="alert alert--error" role="alert">
                {t('activate.linkDead')}
              </div>
            )}
            <NewPasswordField
              id="activate-password"
              label={t('password.new')}
              value={watch('password')}
              required
              error={errors.password?.message}
              registration={register('password')}
            />
            <FormSubmit label={t('activate.submit')} />
          </fieldset>
        </form>
      )}
      <p className="login__links">
        <Link to="/login" reloadDocument>
          {t('password.backToSignIn')}
        </Link>
      </p>
    </SignedOutPage>
  );
}
