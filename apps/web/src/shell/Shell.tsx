import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useUser, useSession } from '../auth/session';
import { focusNextHeading } from '../ui/PageHeading';
import { LanguageSwitch } from './LanguageSwitch';

/** Header, navigation by role and the main region of every signed-in page. */
export function Shell() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useSession();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  const [signingOut, setSigningOut] = useState(false);

  // After a client-side navigation, start reading at the new page's heading, as after a page load.
  useEffect(() => {
    if (shownPath.current === pathname) return; // first render: the browser starts at the top already
    shownPath.current = pathname;
    focusNextHeading(mainRef.current);
  }, [pathname]);

  const links = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/cycles', label: t('nav.cycles'), end: false },
  ];
  if (user.role === 'EDITOR' || user.role === 'ADMIN') {
    links.push({ to: '/outbox', label: t('nav.outbox'), end: false });
  }
  if (user.role === 'ADMIN') {
    links.push({ to: '/admin/users', label: t('nav.users'), end: false });
    links.push({ to: '/admin/entities', label: t('nav.entities'), end: false });
    links.push({ to: '/admin/offices', label: t('nav.offices'), end: false });
  }
  links.push({ to: '/account', label: t('nav.account'), end: false });

  const onSignOut = async () => {
    setSigningOut(true);
    await signOut();
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="brand">{t('app.name')}</p>
        <div className="site-header__tools">
          <p className="site-header__user">
            <span className="visually-hidden">{t('header.signedInAs')} </span>
            {user.name}
          </p>
          <LanguageSwitch />
          <button type="button" className="button button--quiet" onClick={onSignOut} disabled={signingOut}>
            {t('header.signOut')}
          </button>
        </div>
      </header>
      <nav className="site-nav" aria-label={t('nav.label')}>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.end}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="page">
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
