import { useState } from 'react';
import { useTranslation } from '../i18n/react';
import { nextCycleStatus, todayAt, type TCycle } from '@replies/shared';
import { api } from '../api/client';
import { FailureAlert } from '../ui/Alert';

interface CycleStatusControlProps {
  cycle: TCycle;
  onChanged: (cycle: TCycle) => void;
}

/** The cycle's status, and the editor's button to close an open cycle or reopen a closed one. */
export function CycleStatusControl({ cycle, onChanged }: CycleStatusControlProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  // A cycle closed by its cut-off date reopens only when that date moves (in the settings).
  const cutoffPassed = todayAt() > cycle.cutoffOn;
  const event = nextCycleStatus(cycle.status, 'close')
    ? 'close'
    : nextCycleStatus(cycle.status, 'reopen') && !cutoffPassed
      ? 'reopen'
      : null;

  const change = async () => {
    if (!event) return;
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await api.cycles.changeStatus(cycle.slug, event));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <span>{t(`cycleStatus.${cycle.status}`)}</span>{' '}
      <span className="muted">
        {t(`cycle.statusHelp.${cycle.status}`)}
        {cycle.status === 'CLOSED' && cutoffPassed && <> {t('cycle.reopenByCutoff')}</>}
      </span>
      {event && (
        <>
          {' '}
          <button type="button" className="button button--small" disabled={busy} onClick={() => void change()}>
            {t(`cycle.${event}`)}
          </button>
        </>
      )}
      <FailureAlert failure={failure} />
    </>
  );
}
