import { useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useFormat } from '../../ui/format';
import { useLoad } from '../../ui/useLoad';
import { CycleStatusControl } from '../CycleStatusControl';
import { DashboardSection } from '../DashboardSection';
import { auditHref } from '../text';
import { ReceivedChart } from './ReceivedChart';
import { useWorkspace } from './workspace-context';

/** Where the cycle stands: its facts and status, the counts that lead to the queue, replies over time. */
export default function OverviewTab() {
  const { t } = useTranslation();
  const format = useFormat();
  const { cycle, slug, onChanged } = useWorkspace();
  const dashboard = useLoad((signal) => api.cycles.dashboard(slug, signal), `${slug}:${cycle.updatedAt}`);
  const replies = useLoad((signal) => api.replies.list(slug, {}, signal), slug);

  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('cycle.facts.organ')}</dt>
          <dd>{t(`organs.${cycle.organ}`)}</dd>
        </div>
        <div>
          <dt>{t('cycle.facts.office')}</dt>
          <dd>{cycle.office ? `${cycle.office.code} — ${cycle.office.names.en}` : '—'}</dd>
        </div>
        <div>
          <dt>{t('cycle.facts.resolution')}</dt>
          <dd>{cycle.resolution}</dd>
        </div>
        <div>
          <dt>{t('cycle.facts.noteVerbale')}</dt>
          <dd>{format.date(cycle.noteVerbaleOn)}</dd>
        </div>
        <div>
          <dt>{t('cycle.facts.cutoff')}</dt>
          <dd>{format.date(cycle.cutoffOn)}</dd>
        </div>
        <div>
          <dt>{t('cycle.facts.limits')}</dt>
          <dd>
            {t('cycle.facts.limitsValue', {
              reply: format.number(cycle.replyWordLimit),
              summary: format.number(cycle.summaryWordLimit),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('cycle.facts.status')}</dt>
          <dd>
            <CycleStatusControl cycle={cycle} onChanged={onChanged} />
          </dd>
        </div>
      </dl>
      <DashboardSection slug={slug} dashboard={dashboard} />
      {replies.data && <ReceivedChart cycle={cycle} replies={replies.data} />}
      <p className="page-links">
        <Link to={auditHref(slug)}>{t('replies.auditTrail')}</Link>
      </p>
    </>
  );
}
