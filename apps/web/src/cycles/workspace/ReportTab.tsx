import { useTranslation } from '../../i18n/react';
import { Report } from '../../report/Report';
import { useWorkspace } from './workspace-context';

/** The report of the cycle: its checks, a preview in six languages, downloads, publication. */
export default function ReportTab() {
  const { t } = useTranslation();
  const { cycle } = useWorkspace();
  return (
    <>
      <h2 className="visually-hidden">{t('report.title')}</h2>
      <Report cycle={cycle} />
    </>
  );
}
