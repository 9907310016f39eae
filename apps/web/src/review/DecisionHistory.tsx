import { useTranslation } from '../i18n/react';
import type { TDecisionRecord } from '@replies/shared';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import type { Loaded } from '../ui/useLoad';

/** Every decision taken on the reply, oldest first, with the proposal and the reason for an override. */
export function DecisionHistory({ decisions }: { decisions: Loaded<TDecisionRecord[]> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = decisions.data;

  if (decisions.error) {
    return <LoadFailedAlert intro={t('errors.loadFailed')} error={decisions.error} onRetry={decisions.reload} />;
  }
  if (!list || list.length === 0) return null;

  return (
    <>
      <h3 id="decision-history-title">{t('review.decision.history')}</h3>
      <ol className="history" aria-labelledby="decision-history-title">
        {list.map((record) => (
          <li key={record.decidedAt}>
            <p>
              <strong>
                {t('review.decision.item', {
                  decision: t(`decisions.${record.decision}`),
                  proposed: t(`decisions.${record.proposed}`),
                })}
              </strong>{' '}
              <span className="muted">
                {record.decidedBy
                  ? t('review.decision.by', { name: record.decidedBy, when: format.dateTime(record.decidedAt) })
                  : t('review.decision.at', { when: format.dateTime(record.decidedAt) })}
              </span>
            </p>
            {record.reason && <p className="pre-wrap">{t('review.decision.reasonLine', { reason: record.reason })}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
