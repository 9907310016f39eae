import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { useUser } from '../auth/session';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { PageHeading } from '../ui/PageHeading';
import { TableRegion } from '../ui/TableRegion';
import { useLoad } from '../ui/useLoad';
import { cycleHref, cycleTitle } from './text';

export default function CyclesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormat();
  const isSecretariat = user.role !== 'FOCAL_POINT';
  const cycles = useLoad((signal) => api.cycles.list(signal), 'cycles');

  return (
    <>
      <PageHeading title={t('cycles.title')}>{t('cycles.title')}</PageHeading>
      {isSecretariat && (
        <p>
          <Link to="/cycles/new" className="button button--primary">
            {t('cycles.new')}
          </Link>
        </p>
      )}

      {cycles.error ? (
        <LoadFailedAlert intro={t('errors.loadFailed')} error={cycles.error} onRetry={cycles.reload} />
      ) : cycles.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : cycles.data.length === 0 ? (
        <p>{isSecretariat ? t('cycles.empty') : t('cycles.notInvited')}</p>
      ) : (
        <TableRegion
          label={t('cycles.title')}
          head={
            <>
              <th scope="col">{t('cycles.columns.symbol')}</th>
              <th scope="col">{t('cycles.columns.resolution')}</th>
              <th scope="col">{t('cycles.columns.title')}</th>
              <th scope="col">{t('cycles.columns.cutoff')}</th>
              <th scope="col">{t('cycles.columns.status')}</th>
            </>
          }
        >
          {cycles.data.map((cycle) => {
            const title = cycleTitle(cycle, format.language);
            return (
              <tr key={cycle.id}>
                <td className="cell--nowrap">
                  <Link to={cycleHref(cycle)}>{cycle.symbol}</Link>
                </td>
                <td className="cell--nowrap">{cycle.resolution}</td>
                <td lang={title.lang}>{title.text}</td>
                <td className="cell--nowrap">{format.date(cycle.cutoffOn)}</td>
                <td>{t(`cycleStatus.${cycle.status}`)}</td>
              </tr>
            );
          })}
        </TableRegion>
      )}
    </>
  );
}
