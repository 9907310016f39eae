import { useEffect, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import type { TRole } from '@replies/shared';
import { PageHeading } from '../ui/PageHeading';
import { useSession } from './session';

export function FullPageLoading() {
  const { t } = useTranslation();
  return (
    <main className="full-page-loading" aria-busy="true">
      <p>{t('app.loading')}</p>
    </main>
  );
}

/**
 * Renders its children for a signed-in user; sends anyone else to the sign-in page, and a user who must
 * set up the second factor first (REQUIRE_2FA) to their account page.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const { pathname } = useLocation();
  if (state.status === 'loading') return <FullPageLoading />;
  if (state.status === 'signed-out') return <GoToSignIn ended={state.expired} />;
  if (state.twoFactorSetupRequired && pathname !== '/account') return <Navigate to="/account" replace />;
  return children;
}

/** The address of the sign-in page, which brings the user back here once signed in. */
export function signInAddress(ended: boolean): string {
  const { pathname, search, hash } = window.location;
  const wanted = `${pathname}${search}${hash}`;
  const query = new URLSearchParams();
  if (ended) query.set('ended', '1');
  if (wanted !== '/') query.set('next', wanted);
  const text = query.toString();
  return text ? `/login?${text}` : '/login';
}

/** The sign-in page is the server's: a full page load, not a route of this app. */
function GoToSignIn({ ended }: { ended: boolean }) {
  useEffect(() => window.location.replace(signInAddress(ended)), [ended]);
  return <FullPageLoading />;
}

/** Renders the nested routes only for users of the given role (or of one of the given roles). */
export function RequireRole({ role }: { role: TRole | readonly TRole[] }) {
  const { t } = useTranslation();
  const { state } = useSession();
  // A layout above (a cycle's workspace) may hand its data to the nested routes: pass it on.
  const context = useOutletContext();
  const allowed: readonly TRole[] = typeof role === 'string' ? [role] : role;
  if (state.status !== 'signed-in' || !allowed.includes(state.user.role)) {
    return (
      <>
        <PageHeading title={t('forbidden.title')}>{t('forbidden.title')}</PageHeading>
        <p>{allowed.includes('EDITOR') ? t('forbidden.textSecretariat') : t('forbidden.text')}</p>
      </>
    );
  }
  return <Outlet context={context} />;
}
