import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { RequireAuth, RequireRole } from './auth/RequireAuth';
import { SessionProvider } from './auth/SessionProvider';
import { HomePage } from './home/HomePage';
import { NotFoundPage } from './shell/NotFoundPage';
import { Shell } from './shell/Shell';

// The administration screens are loaded only by those who open them.
const UsersPage = lazy(() => import('./admin/users/UsersPage'));
const EntitiesPage = lazy(() => import('./admin/entities/EntitiesPage'));

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <RequireAuth>
                <Shell />
              </RequireAuth>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="admin" element={<RequireRole role="ADMIN" />}>
              <Route index element={<NotFoundPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="entities" element={<EntitiesPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
