import { useState } from 'react';
import { useTranslation } from '../i18n/react';
import { MAIL_KINDS, MAIL_STATUSES, type TMailStatus } from '@replies/shared';
import type { TOutboxMail } from '@replies/shared';
import { api } from '../api/client';
import { NoMailServerNotice } from '../mail/NoMailServerNotice';
import { useMailSettings } from '../mail/useMailSettings';
import { FailureAlert, LoadFailedAlert, StatusMessage } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { PageHeading } from '../ui/PageHeading';
import { TableRegion } from '../ui/TableRegion';
import { useAnnouncer } from '../ui/useAnnouncer';
import { useLoad } from '../ui/useLoad';

function known<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Every mail of the portal and where it stands: queued, sent (with the server's id), failed (why), held, cancelled. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const mailServer = useMailSettings();
  const [status, setStatus] = useState<TMailStatus | ''>('');
  const mails = useLoad((signal) => api.outbox.list(status || undefined, signal), `outbox-${status}`);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, announce] = useAnnouncer();

  const act = async (mail: TOutboxMail, action: 'retry' | 'cancel') => {
    setFailure(null);
    setBusy(mail.id);
    try {
      const updated = await api.outbox[action](mail.id);
      mails.setData((list) => list?.map((m) => (m.id === updated.id ? updated : m)) ?? null);
      announce(t(action === 'retry' ? 'outbox.retried' : 'outbox.cancelled', { to: mail.to }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeading title={t('outbox.title')}>{t('outbox.title')}</PageHeading>
      <p className="lead">{t('outbox.intro')}</p>
      <NoMailServerNotice />
      <div className="toolbar">
        <label htmlFor="outbox-status">{t('outbox.columns.status')}</label>
        <select
          id="outbox-status"
          value={status}
          onChange={(event) => setStatus(known(MAIL_STATUSES, event.target.value) ? event.target.value : '')}
        >
          <option value="">{t('outbox.allStatuses')}</option>
          {MAIL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`outbox.statuses.${s}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" onClick={mails.reload}>
          {t('outbox.refresh')}
        </button>
      </div>
      <FailureAlert failure={failure} />
      <StatusMessage>{done}</StatusMessage>
      {mails.error ? (
        <LoadFailedAlert intro={t('errors.loadFailed')} error={mails.error} onRetry={mails.reload} />
      ) : mails.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : mails.data.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <>
          <p className="toolbar__count">
            {t('outbox.count', { count: mails.data.length, shown: format.number(mails.data.length) })}
          </p>
          <TableRegion
            label={t('outbox.title')}
            head={
              <>
                <th scope="col">{t('outbox.columns.to')}</th>
                <th scope="col">{t('outbox.columns.subject')}</th>
                <th scope="col">{t('outbox.columns.kind')}</th>
                <th scope="col">{t('outbox.columns.status')}</th>
                <th scope="col">{t('outbox.columns.created')}</th>
                <th scope="col">{t('users.columns.actions')}</th>
              </>
            }
          >
            {mails.data.map((mail) => (
              <tr key={mail.id} aria-busy={busy === mail.id || undefined}>
                <td className="cell--email">
                  {mail.toName && <span className="mail-state">{mail.toName}</span>}
                  <span dir="ltr">{mail.to}</span>
                </td>
                <td className="cell--subject">
                  <details className="mail">
                    <summary>{mail.subject}</summary>
                    {/* The text part: shown as text, its line breaks kept. */}
                    <div className="pre-wrap mail__body">{mail.body}</div>
                    {mail.attachments.map((file) => (
                      <p key={file.fileName} className="muted">
                        {t('outbox.attachment', {
                          name: file.fileName,
                          size: format.number(Math.ceil(file.size / 1024)),
                        })}
                      </p>
                    ))}
                  </details>
                </td>
                <td>{known(MAIL_KINDS, mail.kind) ? t(`outbox.kinds.${mail.kind}`) : mail.kind}</td>
                <td>
                  <strong className="mail-state">{t(`outbox.statuses.${mail.status}`)}</strong>
                  <MailDetail mail={mail} />
                </td>
                <td className="cell--nowrap">{format.dateTime(mail.createdAt)}</td>
                <td>
                  {(mail.status === 'FAILED' ||
                    mail.status === 'CANCELLED' ||
                    (mail.status === 'HELD' && mailServer === 'configured')) && (
                    <button
                      type="button"
                      className="button button--small"
                      disabled={busy !== null}
                      onClick={() => void act(mail, 'retry')}
                      aria-label={t('outbox.retryFor', { to: mail.to, subject: mail.subject })}
                    >
                      {t(mail.status === 'HELD' ? 'outbox.send' : 'outbox.retry')}
                    </button>
                  )}
                  {(mail.status === 'PENDING' || mail.status === 'HELD') && (
                    <button
                      type="button"
                      className="button button--small"
                      disabled={busy !== null}
                      onClick={() => void act(mail, 'cancel')}
                      aria-label={t('outbox.cancelFor', { to: mail.to, subject: mail.subject })}
                    >
                      {t('outbox.cancel')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </TableRegion>
        </>
      )}
    </>
  );
}

function MailDetail({ mail }: { mail: TOutboxMail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const detail = (text: string) => <span className="mail-state__detail">{text}</span>;
  switch (mail.status) {
    case 'SENT':
      return (
        <>
          {mail.sentAt && detail(format.dateTime(mail.sentAt))}
          {mail.messageId && (
            <span className="mail-state__detail" dir="ltr">
              {t('outbox.messageId')}: {mail.messageId}
            </span>
          )}
          {mail.serverResponse && (
            <span className="mail-state__detail" dir="ltr">
              {mail.serverResponse}
            </span>
          )}
        </>
      );
    case 'FAILED':
      return (
        <>
          {detail(t('outbox.attempts', { shown: format.number(mail.attempts) }))}
          {mail.lastError && (
            <span className="mail-state__detail" dir="ltr">
              {mail.lastError}
            </span>
          )}
        </>
      );
    case 'PENDING':
      return mail.attempts > 0 ? (
        <>
          {detail(t('outbox.retrying', { shown: format.number(mail.attempts) }))}
          {mail.lastError && (
            <span className="mail-state__detail" dir="ltr">
              {mail.lastError}
            </span>
          )}
        </>
      ) : null;
    case 'HELD':
      return detail(t('outbox.heldDetail'));
    default:
      return null;
  }
}
