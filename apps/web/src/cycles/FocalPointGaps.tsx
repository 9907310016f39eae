import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../i18n/react';
import { ZInviteFocalPoint, type TInvitation } from '@replies/shared';
import { api } from '../api/client';
import { NoMailServerNotice } from '../mail/NoMailServerNotice';
import { StatusMessage } from '../ui/Alert';
import { ErrorSummary } from '../ui/ErrorSummary';
import { EmailField, SelectField, TextField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';
import { useFormat } from '../ui/format';
import { useAnnouncer } from '../ui/useAnnouncer';
import type { Loaded } from '../ui/useLoad';
import { listedName } from './text';

/**
 * Invited States and organizations that nobody speaks for yet: their request reached no one. The editor
 * invites a focal point, who gets an activation link and then the request.
 */
export function FocalPointGaps({
  invitations,
  onInvited,
}: {
  invitations: Loaded<TInvitation[]>;
  onInvited: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, announce] = useAnnouncer();
  const gaps = useMemo(
    () =>
      (invitations.data ?? [])
        .filter((i) => i.focalPoints === 0)
        .map((i) => ({ ...i, name: listedName(i.names, format.language) }))
        .sort((a, b) => a.name.text.localeCompare(b.name.text, format.language)),
    [invitations.data, format.language],
  );
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(ZInviteFocalPoint),
    defaultValues: { email: '', name: '', entityCode: '' },
    shouldFocusError: false,
  });
  const focusAfterSubmit = useFocusAfterSubmit(formRef, isSubmitting);

  if (!invitations.data || gaps.length === 0) return null;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const user = await api.users.create({ ...values, role: 'FOCAL_POINT' });
      reset();
      announce(t('gaps.invited', { email: user.email }));
      focusAfterSubmit('entityCode');
      onInvited();
    } catch (error) {
      if (!placeFieldErrors(error, setError, ['email', 'name', 'entityCode'])) setFailure(error);
    }
  });

  return (
    <section className="section" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('gaps.title')}</h2>
      <p>{t('gaps.intro', { shown: format.number(gaps.length) })}</p>
      <ul>
        {gaps.map((gap) => (
          <li key={gap.entityCode}>
            <span lang={gap.name.lang}>{gap.name.text}</span>
            {gap.invitedFocalPoints > 0 && <span className="muted"> — {t('gaps.awaitingActivation')}</span>}
          </li>
        ))}
      </ul>
      <form ref={formRef} className="card form" onSubmit={onSubmit} noValidate aria-labelledby="gaps-form-title">
        <h3 id="gaps-form-title">{t('gaps.formTitle')}</h3>
        <fieldset disabled={isSubmitting} className="form__fieldset">
          <NoMailServerNotice what="account" />
          <ErrorSummary errors={errors} failure={failure} attempt={submitCount} busy={isSubmitting} />
          <div className="form__grid">
            <SelectField
              id="gap-entity"
              label={t('gaps.entity')}
              required
              error={errors.entityCode?.message}
              registration={register('entityCode')}
            >
              <option value="">{t('users.form.chooseEntity')}</option>
              {gaps.map((gap) => (
                <option key={gap.entityCode} value={gap.entityCode} lang={gap.name.lang}>
                  {gap.name.text}
                </option>
              ))}
            </SelectField>
            <EmailField
              id="gap-email"
              label={t('users.form.email')}
              autoComplete="off"
              required
              error={errors.email?.message}
              registration={register('email')}
            />
            <TextField
              id="gap-name"
              label={t('users.form.name')}
              autoComplete="off"
              required
              error={errors.name?.message}
              registration={register('name')}
            />
          </div>
          <FormSubmit label={t('gaps.submit')} />
        </fieldset>
        <StatusMessage>{status}</StatusMessage>
      </form>
    </section>
  );
}
