import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { useParams } from 'react-router';
import { api } from '../api/client';
import { CyclePageFrame } from '../cycles/CyclePageFrame';
import { useFormat } from '../ui/format';
import { TableRegion } from '../ui/TableRegion';
import { useLoad } from '../ui/useLoad';
import { AuditRow } from './AuditRow';
import { useActionLabel } from './labels';

/** Who changed what in a cycle, and when: the read-only audit trail, filtered by action. */
export default function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const actionLabel = useActionLabel();
  const { slug = '' } = useParams();
  const cycle = useLoad((signal) => api.cycles.get(slug, signal), slug);
  const events = useLoad((signal) => api.audit.cycle(slug, signal), slug);
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim().toLocaleLowerCase());

  const rows = useMemo(() => {
    const all = events.data ?? [];
    if (!query) return all;
    return all.filter(
      (event) =>
        event.action.toLocaleLowerCase().includes(query) ||
        actionLabel(event.action).toLocaleLowerCase().includes(query),
    );
  }, [events.data, query, actionLabel]);

  const trail =
    events.data === null ? null : events.data.length === 0 ? (
      <p>{t('audit.empty')}</p>
    ) : (
      <>
        <div className="toolbar">
          <div className="field field--search">
            <label htmlFor="audit-filter">{t('audit.filter')}</label>
            <input
              id="audit-filter"
              type="search"
              autoComplete="off"
              value={filter}
              aria-describedby="audit-filter-hint"
              onChange={(event) => setFilter(event.target.value)}
            />
            <p id="audit-filter-hint" className="field__hint">
              {t('audit.filterHint')}
            </p>
          </div>
          <p className="toolbar__count" id="audit-count" aria-live="polite">
            {t('audit.shown', { shown: format.number(rows.length), total: format.number(events.data.length) })}
          </p>
        </div>
        {rows.length === 0 ? (
          <p>{t('audit.noMatch')}</p>
        ) : (
          <TableRegion
            labelledBy="audit-title audit-count"
            tableClassName="table--audit"
            head={
              <>
                <th scope="col">{t('audit.columns.time')}</th>
                <th scope="col">{t('audit.columns.who')}</th>
                <th scope="col">{t('audit.columns.action')}</th>
                <th scope="col">{t('audit.columns.what')}</th>
              </>
            }
          >
            {rows.map((event) => (
              <AuditRow key={event.id} event={event} />
            ))}
          </TableRegion>
        )}
      </>
    );

  return (
    <CyclePageFrame
      slug={slug}
      cycle={cycle.data}
      loads={[cycle, events]}
      heading={t('audit.title')}
      headingId="audit-title"
      lead={t('audit.intro')}
      notFound={t('cycle.notFound')}
      content={trail}
    />
  );
}
