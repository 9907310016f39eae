import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { LanguageSwitch } from '../shell/LanguageSwitch';

/** The frame of the pages read without a session: sign-in, account activation, password reset. */
export function SignedOutPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app app--signed-out">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="brand">{t('app.name')}</p>
        <div className="site-header__tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="login">
        <div className="card login__card">{children}</div>
      </main>
    </div>
  );
}
