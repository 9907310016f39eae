import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import type { TCycle } from '@replies/shared';
import { useFormat } from '../ui/format';
import { PageHeading } from '../ui/PageHeading';
import { cycleTitle } from './text';

/** The symbol of a cycle as the page heading, its title under it. */
export function CycleHeader({ cycle, documentTitle }: { cycle: TCycle; documentTitle?: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const title = cycleTitle(cycle, language);
  return (
    <div className="page-intro">
      <p className="breadcrumb">
        <Link to="/cycles">{t('cycles.title')}</Link>
      </p>
      <PageHeading title={documentTitle ?? cycle.symbol}>{cycle.symbol}</PageHeading>
      <p className="lead" lang={title.lang}>
        {title.text}
      </p>
    </div>
  );
}
