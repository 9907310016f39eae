import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ZLogin } from '@replies/shared';
import { ApiError } from '../api/client';
import { useMessages } from '../i18n/messages';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { ErrorAlert, StatusMessage } from '../ui/Alert';
import { EmailField, TextField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';
import { PageHeading } from '../ui/PageHeading';
import { FullPageLoading } from './RequireAuth';
import { useSession } from './session';

export function LoginPage() {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ZLogin), defaultValues: { email: '', password: '' } });
  const focusAfterSubmit = useFocusAfterSubmit(formRef, isSubmitting);

  if (state.status === 'loading') return <FullPageLoading />;
  if (state.status === 'signed-in' && !isSubmitting) return <Navigate to="/" replace />;

  const onSubmit = handleSubmit(async (credentials) => {
    setFailure(null);
    try {
      await signIn(credentials);
      navigate('/', { replace: true });
    } catch (error) {
      if (placeFieldErrors(error, setError, ['email', 'password'])) return;
      setFailure(error);
      // Typed input stays; the focus goes back to the password, the field to retype most of the time.
      focusAfterSubmit('password');
    }
  });

  const failureText =
    failure instanceof ApiError && failure.status === 401
      ? t('login.invalidCredentials')
      : failure
        ? describeError(failure)
        : null;

  return (
    <div className="app app--signed-out">
      <header className="site-header">
        <p className="brand">{t('app.name')}</p>
        <div className="site-header__tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="login">
        <div className="card login__card">
          <PageHeading id="login-title" title={t('login.submit')}>
            {t('login.title')}
          </PageHeading>
          <StatusMessage>
            {state.status === 'signed-out' && state.expired ? t('login.sessionEnded') : null}
          </StatusMessage>
          <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="login-title">
            <fieldset disabled={isSubmitting} className="form__fieldset">
              <ErrorAlert>{failureText}</ErrorAlert>
              <EmailField
                id="login-email"
                label={t('login.email')}
                autoComplete="username"
                required
                error={errors.email?.message}
                registration={register('email')}
              />
              <TextField
                id="login-password"
                label={t('login.password')}
                type="password"
                autoComplete="current-password"
                required
                error={errors.password?.message}
                registration={register('password')}
              />
              <FormSubmit label={t('login.submit')} />
            </fieldset>
          </form>
        </div>
      </main>
    </div>
  );
}
