import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { useSearchParams } from 'react-router';
import {
  ENTITY_TYPES,
  LANGUAGES,
  ZEntityType,
  type TCreateOrganization,
  type TEntity,
  type TEntityType,
  type TLanguage,
} from '@replies/shared';
import { EntityGroupOptions } from '../../entities/EntityOptions';
import { useEntities } from '../../entities/store';
import { LoadFailedAlert, StatusMessage } from '../../ui/Alert';
import { PageHeading } from '../../ui/PageHeading';
import { useAnnouncer } from '../../ui/useAnnouncer';
import { EditNamesDialog } from './EditNamesDialog';
import { EntitiesTable } from './EntitiesTable';
import { NewOrganizationForm } from './NewOrganizationForm';

const english = new Intl.Collator('en');

export default function EntitiesPage() {
  const { t } = useTranslation();
  const { status, entities, error, reload } = useEntities();
  const [filter, setFilter] = useState<TEntityType | ''>('');
  const [editing, setEditing] = useState<TEntity | null>(null);
  const [focusLanguage, setFocusLanguage] = useState<TLanguage | null>(null);
  const [message, announce] = useAnnouncer();
  const draft = useRef<TCreateOrganization | null>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const formSlot = useRef<HTMLDivElement>(null);
  const [slotHeight, setSlotHeight] = useState<number | undefined>(undefined);

  const rows = useMemo(
    () =>
      entities
        .filter((entity) => !filter || entity.type === filter)
        .sort(
          (a, b) =>
            ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || english.compare(a.names.en, b.names.en),
        ),
    [entities, filter],
  );

  const onDraft = useCallback((values: TCreateOrganization) => {
    draft.current = values;
  }, []);

  const onAdded = useCallback(() => announce(t('entities.form.added')), [announce, t]);

  // While the dialog is open, the New organization form is taken out of the page (its input is kept
  // in `draft`), so that each name label ("English", "French"…) belongs to one input at a time.
  // Its place keeps its height, so the page behind the dialog does not move.
  const openEditor = (entity: TEntity, button: HTMLButtonElement) => {
    trigger.current = button;
    setFocusLanguage(null);
    setSlotHeight(formSlot.current?.offsetHeight);
    setEditing(entity);
  };

  const closeEditor = useCallback(() => {
    setEditing(null);
    setSlotHeight(undefined);
  }, []);

  const onSaved = useCallback(
    (entity: TEntity) => {
      closeEditor();
      announce(t('entities.saved', { code: entity.code }));
    },
    [announce, closeEditor, t],
  );

  useEffect(() => {
    if (!editing) trigger.current?.focus();
  }, [editing]);

  // A check of a report links here with the entity and the language of the missing name.
  const [params, setParams] = useSearchParams();
  useEffect(() => {
    const code = params.get('entity');
    const entity = code ? entities.find((e) => e.code === code) : undefined;
    if (!entity) return;
    const language = params.get('lang');
    setSlotHeight(formSlot.current?.offsetHeight);
    setFocusLanguage(LANGUAGES.includes(language as TLanguage) ? (language as TLanguage) : null);
    setEditing(entity);
    setParams({}, { replace: true });
  }, [entities, params, setParams]);

  return (
    <>
      <PageHeading title={t('entities.title')}>{t('entities.title')}</PageHeading>

      <section className="card" ref={formSlot} style={slotHeight ? { minHeight: slotHeight } : undefined}>
        {!editing && <NewOrganizationForm draft={draft.current} onDraft={onDraft} onAdded={onAdded} />}
        <StatusMessage>{message}</StatusMessage>
      </section>

      <section className="section">
        <h2 id="entities-list-title">{t('entities.listTitle')}</h2>
        <div className="toolbar">
          <div className="field field--inline">
            <label htmlFor="entity-type-filter">{t('entities.filter.label')}</label>
            <select
              id="entity-type-filter"
              value={filter}
              onChange={(event) => setFilter(event.target.value ? ZEntityType.parse(event.target.value) : '')}
            >
              <option value="">{t('entities.filter.all')}</option>
              <EntityGroupOptions />
            </select>
          </div>
          {status === 'ready' && (
            <p className="toolbar__count" aria-live="polite">
              {t('entities.shown', { shown: rows.length, total: entities.length })}
            </p>
          )}
        </div>
        {status === 'error' ? (
          <LoadFailedAlert intro={t('errors.loadFailed')} error={error} onRetry={reload} />
        ) : status !== 'ready' && entities.length === 0 ? (
          <p className="loading">{t('app.loading')}</p>
        ) : (
          <EntitiesTable entities={rows} labelledBy="entities-list-title" onEdit={openEditor} />
        )}
      </section>

      {editing && (
        <EditNamesDialog entity={editing} focusLanguage={focusLanguage} onClose={closeEditor} onSaved={onSaved} />
      )}
    </>
  );
}
