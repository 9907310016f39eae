import { useTranslation } from '../i18n/react';
import { LANGUAGES, REPLY_STATUSES, type TReplyQueueFilter } from '@replies/shared';
import { EntityGroupOptions } from '../entities/EntityOptions';
import { isFiltered } from './queueFilter';

const STATUSES = ['NOT_STARTED', ...REPLY_STATUSES] as const;

interface QueueFiltersProps {
  filter: TReplyQueueFilter;
  onChange: (filter: TReplyQueueFilter) => void;
}

/** Status, group, language and "over the limit only": each change asks the API for the matching replies. */
export function QueueFilters({ filter, onChange }: QueueFiltersProps) {
  const { t } = useTranslation();
  // An empty choice removes the key: "All statuses" sends no status at all.
  const set = <K extends keyof TReplyQueueFilter>(key: K, value: TReplyQueueFilter[K] | '') => {
    const next = { ...filter };
    if (value) next[key] = value;
    else delete next[key];
    onChange(next);
  };

  return (
    <fieldset className="queue-filters">
      <legend className="visually-hidden">{t('replies.filters.legend')}</legend>
      <div className="field field--inline">
        <label htmlFor="queue-status">{t('replies.filters.status')}</label>
        <select
          id="queue-status"
          value={filter.status ?? ''}
          onChange={(event) => set('status', event.target.value as TReplyQueueFilter['status'] | '')}
        >
          <option value="">{t('replies.filters.allStatuses')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`replyStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor="queue-group">{t('replies.filters.group')}</label>
        <select
          id="queue-group"
          value={filter.group ?? ''}
          onChange={(event) => set('group', event.target.value as TReplyQueueFilter['group'] | '')}
        >
          <option value="">{t('replies.filters.allGroups')}</option>
          <EntityGroupOptions />
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor="queue-language">{t('replies.filters.language')}</label>
        <select
          id="queue-language"
          value={filter.language ?? ''}
          onChange={(event) => set('language', event.target.value as TReplyQueueFilter['language'] | '')}
        >
          <option value="">{t('replies.filters.allLanguages')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`languageNames.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="checkbox">
        <input
          id="queue-over-limit"
          type="checkbox"
          checked={filter.overLimit === 'true'}
          onChange={(event) => set('overLimit', event.target.checked ? 'true' : '')}
        />
        <label htmlFor="queue-over-limit">{t('replies.filters.overLimitOnly')}</label>
      </div>
      {isFiltered(filter) && (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            onChange({});
            // The button goes away with the filters: the focus goes back to the first of them.
            document.getElementById('queue-status')?.focus();
          }}
        >
          {t('replies.filters.clear')}
        </button>
      )}
    </fieldset>
  );
}
