import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../i18n/react';
import { ZTotpCode, type TTotpSetup } from '@replies/shared';
import { api } from '../api/client';
import { useSession, useUser } from '../auth/session';
import { FailureAlert, StatusMessage } from '../ui/Alert';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';
import { useAnnouncer } from '../ui/useAnnouncer';

/** Two-factor sign-in: set up with an authenticator app (QR code), recovery codes shown once, or turned off. */
export function TwoFactorSection({ required }: { required: boolean }) {
  const { t } = useTranslation();
  const user = useUser();
  const { adopt } = useSession();
  const [setup, setSetup] = useState<TTotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [status, announce] = useAnnouncer();

  const start = async () => {
    setFailure(null);
    setBusy(true);
    try {
      setSetup(await api.auth.totpSetup());
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const refreshSession = async () => adopt(await api.auth.me());

  return (
    <section className="section" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">{t('account.twoFactor.title')}</h2>
      <FailureAlert failure={failure} />
      <StatusMessage>{status}</StatusMessage>
      {codes ? (
        <div className="card">
          <h3>{t('account.twoFactor.codesTitle')}</h3>
          <p>{t('account.twoFactor.codesIntro')}</p>
          <ul className="recovery-codes" dir="ltr">
            {codes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setCodes(null);
              void refreshSession();
            }}
          >
            {t('account.twoFactor.codesDone')}
          </button>
        </div>
      ) : user.twoFactor ? (
        <>
          <p>{t('account.twoFactor.on')}</p>
          {required ? (
            <p className="muted">{t('account.twoFactor.requiredKeep')}</p>
          ) : (
            <CodeForm
              id="disable-2fa"
              label={t('account.twoFactor.disableCode')}
              submit={t('account.twoFactor.disable')}
              onCode={async (code) => {
                await api.auth.totpDisable(code);
                await refreshSession();
                announce(t('account.twoFactor.disabledDone'));
              }}
            />
          )}
        </>
      ) : setup ? (
        <div className="card">
          <p>{t('account.twoFactor.scan')}</p>
          {/* An SVG made by the API from the otpauth URL (qrcode): no script, no external resource. */}
          <div
            className="qr-code"
            role="img"
            aria-label={t('account.twoFactor.qrLabel')}
            dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
          />
          <p>
            {t('account.twoFactor.manual')}{' '}
            <code dir="ltr" data-testid="totp-secret">
              {setup.secret}
            </code>
          </p>
          <CodeForm
            id="confirm-2fa"
            label={t('account.twoFactor.confirmCode')}
            submit={t('account.twoFactor.confirm')}
            onCode={async (code) => {
              const result = await api.auth.totpConfirm(code);
              setSetup(null);
              setCodes(result.codes);
              announce(t('account.twoFactor.enabledDone'));
            }}
          />
        </div>
      ) : (
        <>
          <p>{required ? t('account.twoFactor.required') : t('account.twoFactor.off')}</p>
          <button type="button" className="button button--primary" onClick={start} disabled={busy}>
            {t('account.twoFactor.start')}
          </button>
        </>
      )}
    </section>
  );
}

function CodeForm({
  id,
  label,
  submit,
  onCode,
}: {
  id: string;
  label: string;
  submit: string;
  onCode: (code: string) => Promise<void>;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({ resolver: zodResolver(ZTotpCode), defaultValues: { code: '' }, shouldFocusError: false });
  useFocusAfterSubmit(formRef, isSubmitting);
  const onSubmit = handleSubmit(async ({ code }) => {
    setFailure(null);
    try {
      await onCode(code);
      reset();
    } catch (error) {
      if (!placeFieldErrors(error, setError, ['code'])) setFailure(error);
    }
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
      <fieldset disabled={isSubmitting} className="form__fieldset">
        <ErrorSummary errors={errors} failure={failure} attempt={submitCount} busy={isSubmitting} />
        <TextField
          id={id}
          label={label}
          autoComplete="one-time-code"
          dir="ltr"
          spellCheck={false}
          required
          error={errors.code?.message}
          registration={register('code')}
        />
        <FormSubmit label={submit} />
      </fieldset>
    </form>
  );
}
