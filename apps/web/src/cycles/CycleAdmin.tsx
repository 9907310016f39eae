import { useCallback, useMemo, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { TCycle, TReplyQueueFilter } from '@replies/shared';
import { api } from '../api/client';
import { StatusMessage } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { useAnnouncer } from '../ui/useAnnouncer';
import { useLoad } from '../ui/useLoad';
import { CycleForm } from './CycleForm';
import { CycleHeader } from './CycleHeader';
import { DashboardSection } from './DashboardSection';
import { FocalPointGaps } from './FocalPointGaps';
import { InvitationsSection } from './InvitationsSection';
import { InviteForm } from './InviteForm';
import { RepliesSection } from './RepliesSection';
import { filterQuery, readFilter } from './queueFilter';
import { auditHref, cycleHref, reportHref, slugOf } from './text';

interface CycleAdminProps {
  cycle: TCycle;
  onChanged: Dispatch<SetStateAction<TCycle | null>>;
}

/** The Secretariat's page of a cycle: where it stands, who is invited, who replied, and its settings. */
export function CycleAdmin({ cycle, onChanged }: CycleAdminProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const slug = slugOf(cycle);
  const [saved, announceSaved] = useAnnouncer();

  const dashboard = useLoad((signal) => api.cycles.dashboard(slug, signal), slug);
  const invitations = useLoad((signal) => api.cycles.invitations(slug, signal), slug);
  // The queue's filters live in the address: they survive a visit to a review page and can be shared.
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const replies = useLoad((signal) => api.replies.list(slug, filter, signal), `${slug}?${filterQuery(filter)}`);
  const setFilter = useCallback(
    (next: TReplyQueueFilter) => setParams(new URLSearchParams(filterQuery(next)), { replace: true }),
    [setParams],
  );
  const cycles = useLoad((signal) => api.cycles.list(signal), 'cycles');

  const { reload: reloadDashboard } = dashboard;
  const { reload: reloadInvitations } = invitations;
  const { reload: reloadReplies } = replies;
  // Invitations and reminders change the counts, the invitations and the list of replies.
  const refresh = useCallback(() => {
    reloadDashboard();
    reloadInvitations();
    reloadReplies();
  }, [reloadDashboard, reloadInvitations, reloadReplies]);

  return (
    <>
      <CycleHeader cycle={cycle} />
      <dl className="facts">
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
          <dd>{t(`cycleStatus.${cycle.status}`)}</dd>
        </div>
      </dl>
      <p className="page-links page-links--row">
        <Link to={reportHref(slug)}>{t('report.link')}</Link>
        <Link to={auditHref(slug)}>{t('replies.auditTrail')}</Link>
      </p>

      <DashboardSection dashboard={dashboard} />
      <InviteForm slug={slug} invitations={invitations.data ?? []} onInvited={refresh} />
      <InvitationsSection slug={slug} invitations={invitations} onReminded={refresh} />
      <FocalPointGaps invitations={invitations} onInvited={refresh} />
      <RepliesSection slug={slug} replies={replies} filter={filter} onFilterChange={setFilter} />

      <section className="section" aria-labelledby="edit-cycle-title">
        <h2 id="edit-cycle-title">{t('cycle.edit')}</h2>
        <div className="card">
          <CycleForm
            key={cycle.id}
            idPrefix="edit-cycle"
            cycle={cycle}
            cycles={cycles.data ?? []}
            labelledBy="edit-cycle-title"
            submitLabel={t('cycleForm.save')}
            onSubmit={async (values) => {
              const updated = await api.cycles.update(slug, values);
              onChanged(updated);
              announceSaved(t('cycleForm.saved'));
              if (slugOf(updated) !== slug) navigate(cycleHref(updated), { replace: true });
            }}
          />
          <StatusMessage>{saved}</StatusMessage>
        </div>
      </section>
    </>
  );
}
