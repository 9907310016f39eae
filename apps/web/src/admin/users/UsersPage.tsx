import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TUpdateUser, TUser } from '@replies/shared';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { useEntities } from '../../entities/store';
import { LoadFailedAlert, StatusMessage } from '../../ui/Alert';
import { PageHeading } from '../../ui/PageHeading';
import { useAnnouncer } from '../../ui/useAnnouncer';
import { NewUserForm } from './NewUserForm';
import type { AccountAction } from './UserRow';
import { UsersTable } from './UsersTable';

export default function UsersPage() {
  const { t } = useTranslation();
  const me = useUser();
  const entities = useEntities();
  const [users, setUsers] = useState<TUser[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [status, announce] = useAnnouncer();

  useEffect(() => {
    const controller = new AbortController();
    setLoadError(null);
    api.users.list(controller.signal).then(setUsers, (error: unknown) => {
      if (!controller.signal.aborted) setLoadError(error);
    });
    return () => controller.abort();
  }, [attempt]);

  const onCreated = useCallback(
    (user: TUser) => {
      setUsers((list) => [...(list ?? []), user]);
      announce(t(user.status === 'INVITED' ? 'users.form.invited' : 'users.form.created', { email: user.email }));
    },
    [announce, t],
  );

  const onUpdate = useCallback(async (id: string, changes: TUpdateUser) => {
    const updated = await api.users.update(id, changes);
    setUsers((list) => list?.map((u) => (u.id === updated.id ? updated : u)) ?? null);
    return updated;
  }, []);

  const onAccountAction = useCallback(async (id: string, action: AccountAction) => {
    const updated = await api.users[action](id);
    setUsers((list) => list?.map((u) => (u.id === updated.id ? updated : u)) ?? null);
    return updated;
  }, []);

  return (
    <>
      <PageHeading title={t('users.title')}>{t('users.title')}</PageHeading>

      {entities.status === 'error' && <LoadFailedAlert error={entities.error} onRetry={entities.reload} />}

      <section className="card">
        <NewUserForm entities={entities.entities} onCreated={onCreated} />
        <StatusMessage>{status}</StatusMessage>
      </section>

      <section className="section">
        <h2 id="users-list-title">{t('users.listTitle')}</h2>
        {loadError ? (
          <LoadFailedAlert intro={t('errors.loadFailed')} error={loadError} onRetry={() => setAttempt((n) => n + 1)} />
        ) : users === null ? (
          <p className="loading">{t('app.loading')}</p>
        ) : (
          <UsersTable
            users={users}
            selfId={me.id}
            entities={entities.entities}
            onUpdate={onUpdate}
            onAccountAction={onAccountAction}
            announce={announce}
            labelledBy="users-list-title"
          />
        )}
      </section>
    </>
  );
}
