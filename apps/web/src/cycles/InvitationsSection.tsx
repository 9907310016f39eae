import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { todayAt, type TInvitation } from '@replies/shared';
import { api } from '../api/client';
import { FailureAlert, LoadFailedAlert, StatusMessage } from '../ui/Alert';
import { NoMailServerNotice } from '../mail/NoMailServerNotice';
import { useFormat } from '../ui/format';
import { TableRegion } from '../ui/TableRegion';
import { useAnnouncer } from '../ui/useAnnouncer';
import type { Loaded } from '../ui/useLoad';
import { ReplyStatusText } from './ReplyStatusText';
import { listedName } from './text';

interface InvitationsSectionProps {
  slug: string;
  invitations: Loaded<TInvitation[]>;
  onReminded: () => void;
}

/** Who was invited, when and how, how often reminded, and where their reply stands. */
export function InvitationsSection({ slug, invitations, onReminded }: InvitationsSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, announce] = useAnnouncer();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasBusy = useRef(false);
  useEffect(() => {
    if (wasBusy.current && !busy) buttonRef.current?.focus();
    wasBusy.current = busy;
  }, [busy]);

  const rows = useMemo(() => {
    const collator = new Intl.Collator(format.language === 'zh' ? 'zh-Hans' : format.language);
    return [...(invitations.data ?? [])].sort((a, b) =>
      collator.compare(listedName(a.names, format.language).text, listedName(b.names, format.language).text),
    );
  }, [invitations.data, format.language]);

  const remind = async () => {
    setFailure(null);
    setBusy(true);
    try {
      const result = await api.cycles.remind(slug, { sentOn: todayAt() });
      announce(
        result.reminded === 0
          ? t('invitations.nobodyToRemind')
          : t('invitations.reminded', {
              reminded: format.number(result.reminded),
              mailsQueued: format.number(result.mailsQueued),
            }),
      );
      onReminded();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('invitations.title')}</h2>
      {invitations.error ? (
        <LoadFailedAlert intro={t('errors.loadFailed')} error={invitations.error} onRetry={invitations.reload} />
      ) : invitations.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('invitations.empty')}</p>
      ) : (
        <>
          <div className="toolbar">
            <p className="toolbar__count" id="invitations-count">
              {t('invitations.count', { count: rows.length, shown: format.number(rows.length) })}
            </p>
            <button
              ref={buttonRef}
              type="button"
              className="button"
              onClick={remind}
              disabled={busy}
              aria-describedby="remind-hint"
            >
              {t('invitations.remind')}
            </button>
          </div>
          <p id="remind-hint" className="field__hint">
            {t('invitations.remindHint')}
          </p>
          <NoMailServerNotice />
          <FailureAlert failure={failure} />
          <StatusMessage>{status}</StatusMessage>
          <TableRegion
            labelledBy="invitations-title invitations-count"
            tall
            head={
              <>
                <th scope="col">{t('invitations.columns.entity')}</th>
                <th scope="col">{t('invitations.columns.channel')}</th>
                <th scope="col">{t('invitations.columns.sentOn')}</th>
                <th scope="col">{t('invitations.columns.reminders')}</th>
                <th scope="col">{t('invitations.columns.focalPoints')}</th>
                <th scope="col">{t('invitations.columns.replyStatus')}</th>
              </>
            }
          >
            {rows.map((invitation) => {
              const name = listedName(invitation.names, format.language);
              return (
                <tr key={invitation.entityCode}>
                  <th scope="row" lang={name.lang} className="cell--name">
                    {name.text}
                  </th>
                  <td>{t(`channels.${invitation.channel}`)}</td>
                  <td className="cell--nowrap">{format.date(invitation.sentOn)}</td>
                  <td>
                    {invitation.reminders.length === 0
                      ? t('invitations.noReminder')
                      : invitation.reminders.map((date) => format.date(date)).join(t('list.separator'))}
                  </td>
                  <td>
                    {invitation.focalPoints === 0 ? (
                      <span className="attention">{t('invitations.noFocalPoint')}</span>
                    ) : (
                      format.number(invitation.focalPoints)
                    )}
                  </td>
                  <td>
                    <ReplyStatusText status={invitation.replyStatus} />
                  </td>
                </tr>
              );
            })}
          </TableRegion>
        </>
      )}
    </section>
  );
}
