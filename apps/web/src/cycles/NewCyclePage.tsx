import { useTranslation } from '../i18n/react';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { CycleForm } from './CycleForm';
import { cycleHref } from './text';

export default function NewCyclePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // For the "Previous cycle" list; without it the form still works (the list is then empty).
  const cycles = useLoad((signal) => api.cycles.list(signal), 'cycles');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/cycles">{t('cycles.title')}</Link>
      </p>
      <PageHeading id="new-cycle-title" title={t('cycles.new')}>
        {t('cycles.new')}
      </PageHeading>
      <section className="card">
        <CycleForm
          idPrefix="new-cycle"
          cycles={cycles.data ?? []}
          labelledBy="new-cycle-title"
          submitLabel={t('cycleForm.create')}
          onSubmit={async (values) => {
            const cycle = await api.cycles.create(values);
            void navigate(cycleHref(cycle));
          }}
        />
      </section>
    </>
  );
}
