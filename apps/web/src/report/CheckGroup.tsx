import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';

interface CheckGroupProps {
  id: string;
  title: string;
  count: number;
  /** The <li> of each finding. */
  children: ReactNode;
}

/** One check: its title, then what it found, or "None". */
export function CheckGroup({ id, title, count, children }: CheckGroupProps) {
  const { t } = useTranslation();
  return (
    <div className={count ? 'check check--found' : 'check'}>
      <h3 id={id}>{title}</h3>
      {count === 0 ? (
        <p className="check__none">{t('report.checks.none')}</p>
      ) : (
        <ul className="check__list" aria-labelledby={id}>
          {children}
        </ul>
      )}
    </div>
  );
}
