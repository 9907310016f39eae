import { useTranslation } from '../../i18n/react';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { StatusMessage } from '../../ui/Alert';
import { useAnnouncer } from '../../ui/useAnnouncer';
import { useLoad } from '../../ui/useLoad';
import { CycleForm, readFieldFocus } from '../CycleForm';
import { slugOf } from '../text';
import { tabHref } from './CycleTabs';
import { useWorkspace } from './workspace-context';

/** The cycle's settings: resolution, dates, limits, texts. */
export default function SettingsTab() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { cycle, slug, onChanged } = useWorkspace();
  const [saved, announceSaved] = useAnnouncer();
  const cycles = useLoad((signal) => api.cycles.list(signal), 'cycles');
  // A check of the report links here with the field to complete (?edit=title&editLang=fr).
  const [params] = useSearchParams();
  const focus = useMemo(() => readFieldFocus(params), [params]);

  return (
    <section className="section" aria-labelledby="edit-cycle-title">
      <h2 id="edit-cycle-title">{t('cycle.edit')}</h2>
      <div className="card">
        <CycleForm
          key={cycle.id}
          idPrefix="edit-cycle"
          cycle={cycle}
          cycles={cycles.data ?? []}
          labelledBy="edit-cycle-title"
          focus={focus}
          submitLabel={t('cycleForm.save')}
          onSubmit={async (values) => {
            const updated = await api.cycles.update(slug, values);
            onChanged(updated);
            announceSaved(t('cycleForm.saved'));
            if (slugOf(updated) !== slug) void navigate(tabHref(slugOf(updated), 'settings'), { replace: true });
          }}
        />
        <StatusMessage>{saved}</StatusMessage>
      </div>
    </section>
  );
}
