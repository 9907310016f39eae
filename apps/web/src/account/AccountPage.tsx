import { useTranslation } from '../i18n/react';
import { useSession, useUser } from '../auth/session';
import { PageHeading } from '../ui/PageHeading';
import { SessionsSection } from './SessionsSection';
import { TwoFactorSection } from './TwoFactorSection';

/** The signed-in user's own account: language, second factor, signed-in browsers. */
export default function AccountPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { state } = useSession();
  const setupRequired = state.status === 'signed-in' && state.twoFactorSetupRequired;
  const required = state.status === 'signed-in' && state.twoFactorMandatory;
  return (
    <>
      <PageHeading title={t('account.title')}>{t('account.title')}</PageHeading>
      {setupRequired && <p className="alert alert--warning">{t('account.twoFactor.mustSetUp')}</p>}
      <dl className="facts">
        <div>
          <dt>{t('login.email')}</dt>
          <dd dir="ltr">{user.email}</dd>
        </div>
        <div>
          <dt>{t('users.columns.role')}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
        </div>
      </dl>
      <p>{t('account.language')}</p>
      <TwoFactorSection required={required} />
      {!setupRequired && <SessionsSection />}
    </>
  );
}
