import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../api/client';
import { CyclePageFrame } from '../cycles/CyclePageFrame';
import { useLoad } from '../ui/useLoad';
import { Report } from './Report';

/** The report of a cycle for the Secretariat: its checks, a preview in six languages, downloads, publication. */
export default function ReportPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const cycle = useLoad((signal) => api.cycles.get(slug, signal), slug);

  return (
    <CyclePageFrame
      slug={slug}
      cycle={cycle.data}
      loads={[cycle]}
      heading={t('report.title')}
      notFound={t('cycle.notFound')}
      content={cycle.data ? <Report cycle={cycle.data} /> : null}
    />
  );
}
