import { useTranslation } from '../../i18n/react';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { useUser } from '../../auth/session';
import { LoadFailedAlert } from '../../ui/Alert';
import { PageHeading } from '../../ui/PageHeading';
import { useLoad } from '../../ui/useLoad';
import { CycleHeader } from '../CycleHeader';
import { FocalPointCycle } from '../FocalPointCycle';
import { CycleTabs, WORKSPACE_TABS } from './CycleTabs';
import type { WorkspaceContext } from './workspace-context';

/**
 * One reporting cycle. For the Secretariat, a workspace with its own addresses (overview,
 * invitations, replies, report, settings); for a focal point, the request and the deadline.
 */
export default function CycleWorkspace() {
  const { t } = useTranslation();
  const user = useUser();
  const { slug = '' } = useParams();
  const cycle = useLoad((signal) => api.cycles.get(slug, signal), slug);
  const { pathname } = useLocation();
  const tab = WORKSPACE_TABS.find((name) => pathname.replace(/\/+$/, '').endsWith(`/${name}`)) ?? 'overview';

  if (cycle.error) {
    const notFound = cycle.error instanceof ApiError && cycle.error.status === 404;
    return (
      <>
        <p className="breadcrumb">
          <Link to="/cycles">{t('cycles.title')}</Link>
        </p>
        <PageHeading title={notFound ? t('cycle.notFoundTitle') : t('cycles.title')}>
          {notFound ? t('cycle.notFoundTitle') : t('cycles.title')}
        </PageHeading>
        {notFound ? (
          <p>{user.role === 'FOCAL_POINT' ? t('cycle.notFoundFocalPoint') : t('cycle.notFound')}</p>
        ) : (
          <LoadFailedAlert intro={t('errors.pageLoadFailed')} error={cycle.error} onRetry={cycle.reload} />
        )}
      </>
    );
  }
  if (cycle.data === null) return <p className="loading">{t('app.loading')}</p>;

  const context: WorkspaceContext = { cycle: cycle.data, slug: cycle.data.slug, onChanged: cycle.setData };
  if (user.role === 'FOCAL_POINT') {
    // The workspace's other parts are the Secretariat's: their routes answer with "not allowed".
    return tab === 'overview' ? (
      <FocalPointCycle cycle={cycle.data} entityCode={user.entityCode ?? null} />
    ) : (
      <Outlet context={context} />
    );
  }
  return (
    <>
      <CycleHeader cycle={cycle.data} documentTitle={`${t(`workspace.tabs.${tab}`)} – ${cycle.data.symbol}`} />
      <CycleTabs slug={cycle.data.slug} />
      <Outlet context={context} />
    </>
  );
}
