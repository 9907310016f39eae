import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { ZLogin, ZTotpCode } from '@replies/shared';
import { ApiError } from '../api/client';
import { useMessages } from '../i18n/messages';
import { ErrorAlert, StatusMessage } from '../ui/Alert';
import { EmailField, TextField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';
import { PageHeading } from '../ui/PageHeading';
import { FullPageLoading } from './RequireAuth';
import { useSession } from './session';
import { SignedOutPage } from './SignedOutPage';

export function LoginPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const [step, setStep] = useState<'password' | 'code'>('password');

  if (state.status === 'loading') return <FullPageLoading />;
  if (state.status === 'signed-in') return <Navigate to="/" replace />;

  return (
    <SignedOutPage>
      <PageHeading id="login-title" title={t('login.submit')}>
        {t('login.title')}
      </PageHeading>
      <StatusMessage>{state.status === 'signed-out' && state.expired ? t('login.sessionEnded') : null}</StatusMessage>
      {step === 'password' ? (
        <PasswordStep onTwoFactor={() => setStep('code')} />
      ) : (
        <CodeStep onRestart={() => setStep('password')} />
      )}
    </SignedOutPage>
  );
}

function PasswordStep({ onTwoFactor }: { onTwoFactor: () => void }) {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const { signIn } = useSession();
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

  const onSubmit = handleSubmit(async (credentials) => {
    setFailure(null);
    try {
      if ((await signIn(credentials)) === 'two-factor') onTwoFactor();
      else void navigate('/', { replace: true });
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
        <p className="login__links">
          <Link to="/reset-password">{t('login.forgot')}</Link>
        </p>
      </fieldset>
    </form>
  );
}

/** The second step: a code of the authenticator app, or one of the recovery codes. */
function CodeStep({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const { completeTwoFactor } = useSession();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ZTotpCode), defaultValues: { code: '' } });
  useFocusAfterSubmit(formRef, isSubmitting);

  const onSubmit = handleSubmit(async ({ code }) => {
    setFailure(null);
    try {
      await completeTwoFactor(code);
      void navigate('/', { replace: true });
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'LOGIN_EXPIRED' || error.status === 429)) {
        onRestart();
        return;
      }
      if (error instanceof ApiError && error.code === 'INVALID_CODE') {
        setError('code', { type: 'server', message: t('login.invalidCode') });
        return;
      }
      if (!placeFieldErrors(error, setError, ['code'])) setFailure(error);
    }
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="login-title">
      <fieldset disabled={isSubmitting} className="form__fieldset">
        <p>{t('login.codeIntro')}</p>
        <ErrorAlert>{failure ? describeError(failure) : null}</ErrorAlert>
        <TextField
          id="login-code"
          label={t('login.code')}
          hint={t('login.codeHint')}
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          required
          dir="ltr"
          spellCheck={false}
          error={errors.code?.message}
          registration={register('code')}
        />
        <FormSubmit label={t('login.verify')} />
        <p className="login__links">
          <button type="button" className="button button--quiet" onClick={onRestart}>
            {t('login.restart')}
          </button>
        </p>
      </fieldset>
    </form>
  );
}
