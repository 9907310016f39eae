import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../i18n/react';
import { Link, useSearchParams } from 'react-router';
import { ZNewPassword, ZPasswordResetRequest } from '@replies/shared';
import { ApiError, api } from '../api/client';
import { useMailSettings } from '../mail/useMailSettings';
import { StatusMessage } from '../ui/Alert';
import { ErrorSummary } from '../ui/ErrorSummary';
import { EmailField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';
import { PageHeading } from '../ui/PageHeading';
import { NewPasswordField } from './NewPasswordField';
import { SignedOutPage } from './SignedOutPage';

/** "Forgot your password?": asks for a link by mail; the link leads back here to choose the new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <SignedOutPage>
      <PageHeading id="reset-title" title={t('reset.title')}>
        {t('reset.title')}
      </PageHeading>
      {token ? <ChooseNewPassword token={token} /> : <RequestLink />}
      <p className="login__links">
        <Link to="/login" reloadDocument>
          {t('password.backToSignIn')}
        </Link>
      </p>
    </SignedOutPage>
  );
}

function RequestLink() {
  const { t } = useTranslation();
  const mail = useMailSettings();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({ resolver: zodResolver(ZPasswordResetRequest), defaultValues: { email: '' }, shouldFocusError: false });
  useFocusAfterSubmit(formRef, isSubmitting);

  const onSubmit = handleSubmit(async ({ email }) => {
    setFailure(null);
    try {
      await api.auth.requestPasswordReset(email);
      setSent(true);
    } catch (error) {
      if (!placeFieldErrors(error, setError, ['email'])) setFailure(error);
    }
  });

  if (mail === 'not-configured') return <p className="alert alert--warning">{t('reset.noMailServer')}</p>;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="reset-title">
      <fieldset disabled={isSubmitting} className="form__fieldset">
        <p>{t('reset.intro')}</p>
        <ErrorSummary errors={errors} failure={failure} attempt={submitCount} busy={isSubmitting} />
        <StatusMessage>{sent ? t('reset.sent') : null}</StatusMessage>
        <EmailField
          id="reset-email"
          label={t('login.email')}
          autoComplete="username"
          required
          error={errors.email?.message}
          registration={register('email')}
        />
        <FormSubmit label={t('reset.send')} />
      </fieldset>
    </form>
  );
}

function ChooseNewPassword({ token }: { token: string }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
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
      await api.auth.confirmPasswordReset({ token, password });
      setDone(true);
    } catch (error) {
      if (!placeFieldErrors(error, setError, ['password'])) setFailure(error);
    }
  });

  if (done) {
    return (
      <div role="status" className="status-message status-message--visible">
        <p>{t('reset.done')}</p>
        <p>
          <Link to="/login" reloadDocument>
            {t('login.submit')}
          </Link>
        </p>
      </div>
    );
  }
  const linkDead = failure instanceof ApiError && failure.code === 'INVALID_TOKEN';
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="reset-title">
      <fieldset disabled={isSubmitting} className="form__fieldset">
        <ErrorSummary errors={errors} failure={linkDead ? null : failure} attempt={submitCount} busy={isSubmitting} />
        {linkDead && (
          <div className="alert alert--error" role="alert">
            {t('reset.linkDead')} <Link to="/reset-password">{t('reset.askAgain')}</Link>
          </div>
        )}
        <NewPasswordField
          id="reset-password"
          label={t('password.new')}
          value={watch('password')}
          required
          error={errors.password?.message}
          registration={register('password')}
        />
        <FormSubmit label={t('reset.submit')} />
      </fieldset>
    </form>
  );
}
