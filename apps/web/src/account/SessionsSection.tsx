import { useState } from 'react';
import { useTranslation } from '../i18n/react';
import { api } from '../api/client';
import { useSession } from '../auth/session';
import { FailureAlert, LoadFailedAlert, StatusMessage } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { TableRegion } from '../ui/TableRegion';
import { useAnnouncer } from '../ui/useAnnouncer';
import { useLoad } from '../ui/useLoad';

/** The browsers signed in to the account; any of them can be signed out from here. */
export function SessionsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { signOut } = useSession();
  const sessions = useLoad((signal) => api.auth.sessions(signal), 'sessions');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, announce] = useAnnouncer();

  const end = async (id: string, current: boolean) => {
    setFailure(null);
    setBusy(id);
    try {
      await api.auth.endSession(id);
      if (current) {
        await signOut();
        return;
      }
      sessions.setData((list) => list?.filter((s) => s.id !== id) ?? null);
      announce(t('account.sessions.ended'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.sessions.title')}</h2>
      <FailureAlert failure={failure} />
      <StatusMessage>{status}</StatusMessage>
      {sessions.error ? (
        <LoadFailedAlert intro={t('errors.loadFailed')} error={sessions.error} onRetry={sessions.reload} />
      ) : sessions.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <TableRegion
          labelledBy="sessions-title"
          head={
            <>
              <th scope="col">{t('account.sessions.browser')}</th>
              <th scope="col">{t('account.sessions.started')}</th>
              <th scope="col">{t('account.sessions.lastSeen')}</th>
              <th scope="col">{t('users.columns.actions')}</th>
            </>
          }
        >
          {sessions.data.map((session) => (
            <tr key={session.id}>
              <td>
                <span dir="ltr">{session.userAgent ?? t('account.sessions.unknownBrowser')}</span>
                {session.ip && (
                  <span className="muted" dir="ltr">
                    {' '}
                    ({session.ip})
                  </span>
                )}
                {session.current && <strong> {t('account.sessions.current')}</strong>}
              </td>
              <td className="cell--nowrap">{format.dateTime(session.createdAt)}</td>
              <td className="cell--nowrap">{format.dateTime(session.lastSeenAt)}</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy !== null}
                  onClick={() => void end(session.id, session.current)}
                >
                  {session.current ? t('account.sessions.endCurrent') : t('account.sessions.end')}
                </button>
              </td>
            </tr>
          ))}
        </TableRegion>
      )}
    </section>
  );
}
