import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { PageHeading } from '../ui/PageHeading';
import { TableRegion } from '../ui/TableRegion';
import { useLoad } from '../ui/useLoad';

const KINDS = ['INVITATION', 'REMINDER', 'RETURN', 'RETURNED', 'SUBMITTED', 'ACCEPTED'] as const;
const STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;

function known<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** The mails the portal queued (invitations, reminders…), to check what was or will be sent. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const mails = useLoad((signal) => api.outbox.list(signal), 'outbox');

  return (
    <>
      <PageHeading title={t('outbox.title')}>{t('outbox.title')}</PageHeading>
      <p className="lead">{t('outbox.intro')}</p>
      {mails.error ? (
        <LoadFailedAlert intro={t('errors.loadFailed')} error={mails.error} onRetry={mails.reload} />
      ) : mails.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : mails.data.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <>
          <div className="toolbar">
            <p className="toolbar__count">
              {t('outbox.count', { count: mails.data.length, shown: format.number(mails.data.length) })}
            </p>
            <button type="button" className="button button--small" onClick={mails.reload}>
              {t('outbox.refresh')}
            </button>
          </div>
          <TableRegion
            label={t('outbox.title')}
            head={
              <>
                <th scope="col">{t('outbox.columns.to')}</th>
                <th scope="col">{t('outbox.columns.subject')}</th>
                <th scope="col">{t('outbox.columns.kind')}</th>
                <th scope="col">{t('outbox.columns.status')}</th>
                <th scope="col">{t('outbox.columns.created')}</th>
              </>
            }
          >
            {mails.data.map((mail) => (
              <tr key={mail.id}>
                <td className="cell--email">{mail.to}</td>
                <td className="cell--subject">
                  <details className="mail">
                    <summary>{mail.subject}</summary>
                    {/* The body is plain text: shown as text, its line breaks kept. */}
                    <div className="pre-wrap mail__body">{mail.body}</div>
                  </details>
                </td>
                <td>{known(KINDS, mail.kind) ? t(`outbox.kinds.${mail.kind}`) : mail.kind}</td>
                <td>{known(STATUSES, mail.status) ? t(`outbox.statuses.${mail.status}`) : mail.status}</td>
                <td className="cell--nowrap">{format.dateTime(mail.createdAt)}</td>
              </tr>
            ))}
          </TableRegion>
        </>
      )}
    </>
  );
}
