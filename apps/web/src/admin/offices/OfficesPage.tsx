import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { useSearchParams } from 'react-router';
import { LANGUAGES, type TLanguage, type TOffice } from '@replies/shared';
import { api } from '../../api/client';
import { LoadFailedAlert, StatusMessage } from '../../ui/Alert';
import { PageHeading } from '../../ui/PageHeading';
import { useAnnouncer } from '../../ui/useAnnouncer';
import { useLoad } from '../../ui/useLoad';
import { EditOfficeDialog } from './EditOfficeDialog';
import { NewOfficeForm } from './NewOfficeForm';
import { OfficesTable } from './OfficesTable';

/** The administrators' list of offices: add one, complete or correct the names and website of another. */
export default function OfficesPage() {
  const { t } = useTranslation();
  const offices = useLoad((signal) => api.offices.list(signal), 'offices');
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<{ office: TOffice; language: TLanguage | null } | null>(null);
  const [message, announce] = useAnnouncer();
  const trigger = useRef<HTMLElement | null>(null);

  // A check of a report links here with the office and the language of the missing name.
  useEffect(() => {
    const code = params.get('office');
    const office = code ? offices.data?.find((o) => o.code.toLowerCase() === code.toLowerCase()) : undefined;
    if (!office) return;
    const language = params.get('lang');
    setEditing({ office, language: LANGUAGES.includes(language as TLanguage) ? (language as TLanguage) : null });
    setParams({}, { replace: true });
  }, [offices.data, params, setParams]);

  const { setData } = offices;
  const onSaved = useCallback(
    (office: TOffice) => {
      setData((list) => (list ?? []).map((o) => (o.code === office.code ? office : o)));
      setEditing(null);
      announce(t('offices.saved', { code: office.code }));
    },
    [announce, setData, t],
  );
  const onAdded = useCallback(
    (office: TOffice) => {
      setData((list) => [...(list ?? []), office].sort((a, b) => a.code.localeCompare(b.code)));
      announce(t('offices.form.added'));
    },
    [announce, setData, t],
  );

  useEffect(() => {
    if (!editing) trigger.current?.focus();
  }, [editing]);

  return (
    <>
      <PageHeading title={t('offices.title')}>{t('offices.title')}</PageHeading>
      <p className="lead">{t('offices.intro')}</p>
      <section className="card">{!editing && <NewOfficeForm onAdded={onAdded} />}</section>
      <StatusMessage>{message}</StatusMessage>
      <section className="section">
        <h2 id="offices-list-title">{t('offices.listTitle')}</h2>
        {offices.error ? (
          <LoadFailedAlert intro={t('errors.loadFailed')} error={offices.error} onRetry={offices.reload} />
        ) : offices.data === null ? (
          <p className="loading">{t('app.loading')}</p>
        ) : (
          <OfficesTable
            offices={offices.data}
            labelledBy="offices-list-title"
            onEdit={(office, button) => {
              trigger.current = button;
              setEditing({ office, language: null });
            }}
          />
        )}
      </section>
      {editing && (
        <EditOfficeDialog
          office={editing.office}
          focusLanguage={editing.language}
          onClose={() => setEditing(null)}
          onSaved={onSaved}
        />
      )}
    </>
  );
}
