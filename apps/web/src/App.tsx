import { lazy, Suspense } from 'react';
import { Outlet, RouterProvider, createBrowserRouter } from 'react-router';
import { FullPageLoading, RequireAuth, RequireRole } from './auth/RequireAuth';
import { SessionProvider } from './auth/SessionProvider';
import { HomePage } from './home/HomePage';
import { NotFoundPage } from './shell/NotFoundPage';
import { PageError } from './shell/PageError';
import { Shell } from './shell/Shell';

// Screens beyond the home page are loaded only by those who open them; the forms of the signed-out
// pages too, so a signed-in user's first load carries none. The sign-in page is the server's (/login).
const ActivatePage = lazy(() => import('./auth/ActivatePage').then((m) => ({ default: m.ActivatePage })));
const ResetPasswordPage = lazy(() =>
  import('./auth/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })),
);
const UsersPage = lazy(() => import('./admin/users/UsersPage'));
const EntitiesPage = lazy(() => import('./admin/entities/EntitiesPage'));
const OfficesPage = lazy(() => import('./admin/offices/OfficesPage'));
const CyclesPage = lazy(() => import('./cycles/CyclesPage'));
const NewCyclePage = lazy(() => import('./cycles/NewCyclePage'));
const CycleWorkspace = lazy(() => import('./cycles/workspace/CycleWorkspace'));
const OverviewTab = lazy(() => import('./cycles/workspace/OverviewTab'));
const InvitationsTab = lazy(() => import('./cycles/workspace/InvitationsTab'));
const RepliesTab = lazy(() => import('./cycles/workspace/RepliesTab'));
const ReportTab = lazy(() => import('./cycles/workspace/ReportTab'));
const SettingsTab = lazy(() => import('./cycles/workspace/SettingsTab'));
const ReplyPage = lazy(() => import('./replies/ReplyPage'));
const SubmittedPage = lazy(() => import('./replies/SubmittedPage'));
const ReviewPage = lazy(() => import('./review/ReviewPage'));
const AuditPage = lazy(() => import('./audit/AuditPage'));
const OutboxPage = lazy(() => import('./outbox/OutboxPage'));
const AccountPage = lazy(() => import('./account/AccountPage'));

const SECRETARIAT = ['EDITOR', 'ADMIN'] as const;

// A data router: the reply form uses useBlocker to ask before leaving with unsaved changes.
const router = createBrowserRouter([
  {
    element: (
      <SessionProvider>
        <Suspense fallback={<FullPageLoading />}>
          <Outlet />
        </Suspense>
      </SessionProvider>
    ),
    children: [
      { path: '/activate', element: <ActivatePage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      {
        element: (
          <RequireAuth>
            <Shell />
          </RequireAuth>
        ),
        children: [
          {
            // A page that fails while showing keeps the header and navigation, and says so.
            errorElement: <PageError />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'account', element: <AccountPage /> },
              {
                path: 'admin',
                element: <RequireRole role="ADMIN" />,
                children: [
                  { index: true, element: <NotFoundPage /> },
                  { path: 'users', element: <UsersPage /> },
                  { path: 'entities', element: <EntitiesPage /> },
                  { path: 'offices', element: <OfficesPage /> },
                ],
              },
              {
                path: 'cycles',
                children: [
                  { index: true, element: <CyclesPage /> },
                  {
                    path: 'new',
                    element: <RequireRole role={SECRETARIAT} />,
                    children: [{ index: true, element: <NewCyclePage /> }],
                  },
                  {
                    path: ':slug',
                    element: <CycleWorkspace />,
                    children: [
                      { index: true, element: <OverviewTab /> },
                      {
                        element: <RequireRole role={SECRETARIAT} />,
                        children: [
                          { path: 'invitations', element: <InvitationsTab /> },
                          { path: 'replies', element: <RepliesTab /> },
                          { path: 'report', element: <ReportTab /> },
                          { path: 'settings', element: <SettingsTab /> },
                        ],
                      },
                    ],
                  },
                  { path: ':slug/replies/:entity', element: <ReplyPage /> },
                  { path: ':slug/replies/:entity/submitted', element: <SubmittedPage /> },
                  {
                    path: ':slug/review/:entity',
                    element: <RequireRole role={SECRETARIAT} />,
                    children: [{ index: true, element: <ReviewPage /> }],
                  },
                  {
                    path: ':slug/audit',
                    element: <RequireRole role={SECRETARIAT} />,
                    children: [{ index: true, element: <AuditPage /> }],
                  },
                ],
              },
              {
                path: 'outbox',
                element: <RequireRole role={SECRETARIAT} />,
                children: [{ index: true, element: <OutboxPage /> }],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
