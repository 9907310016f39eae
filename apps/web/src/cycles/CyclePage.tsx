import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { useUser } from '../auth/session';
import { LoadFailedAlert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { CycleAdmin } from './CycleAdmin';
import { FocalPointCycle } from './FocalPointCycle';

/** One reporting cycle: its follow-up for the Secretariat, the request and deadline for a focal point. */
export default function CyclePage() {
  const { t } = useTranslation();
  const user = useUser();
  const { slug = '' } = useParams();
  const cycle = useLoad((signal) => api.cycles.get(slug, signal), slug);

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

  return user.role === 'FOCAL_POINT' ? (
    <FocalPointCycle cycle={cycle.data} entityCode={user.entityCode ?? null} />
  ) : (
    <CycleAdmin cycle={cycle.data} onChanged={cycle.setData} />
  );
}
