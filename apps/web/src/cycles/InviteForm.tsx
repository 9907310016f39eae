import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/react';
import {
  ENTITY_TYPES,
  INVITATION_CHANNELS,
  ZCreateInvitations,
  todayAt,
  type TEntityType,
  type TInvitation,
  type TInvitationChannel,
  type TInvitationResult,
} from '@replies/shared';
import { api } from '../api/client';
import { entityName, sortByName } from '../entities/names';
import { useEntities } from '../entities/store';
import { useMessages } from '../i18n/messages';
import { LoadFailedAlert, StatusMessage } from '../ui/Alert';
import { ErrorSummary } from '../ui/ErrorSummary';
import { DateField } from '../ui/Field';
import { useFormat } from '../ui/format';
import { useAnnouncer } from '../ui/useAnnouncer';
import { NoMailServerNotice } from '../mail/NoMailServerNotice';
import { useMailSettings } from '../mail/useMailSettings';
import { listedName } from './text';

interface InviteFormProps {
  slug: string;
  invitations: readonly TInvitation[];
  onInvited: () => void;
}

type Problems = Partial<Record<'entityCodes' | 'sentOn' | 'channel', string>>;

/** Invites whole groups (all States in one click) and/or chosen States and organizations. */
export function InviteForm({ slug, invitations, onInvited }: InviteFormProps) {
  const { t } = useTranslation();
  const { message } = useMessages();
  const format = useFormat();
  const entities = useEntities();
  const mailServer = useMailSettings();
  const [groups, setGroups] = useState<TEntityType[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  // '' = each entity's usual channel: a note verbale to States, a letter to organizations.
  const [channel, setChannel] = useState<TInvitationChannel | ''>('');
  const [without, setWithout] = useState<TInvitationResult['withoutFocalPoint']>([]);
  const [sentOn, setSentOn] = useState(() => todayAt());
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [status, announce] = useAnnouncer();
  const submitRef = useRef<HTMLButtonElement>(null);

  // The fieldset is disabled while the invitations are sent, which drops the focus: give it back.
  const wasBusy = useRef(false);
  useEffect(() => {
    if (wasBusy.current && !busy && (!document.activeElement || document.activeElement === document.body)) {
      submitRef.current?.focus();
    }
    wasBusy.current = busy;
  }, [busy]);

  const invited = useMemo(() => new Set(invitations.map((i) => i.entityCode)), [invitations]);
  const sorted = useMemo(() => sortByName(entities.entities, format.language), [entities.entities, format.language]);
  const shown = useMemo(() => {
    const query = search.trim().toLocaleLowerCase();
    if (!query) return sorted;
    return sorted.filter(
      (entity) =>
        entity.code.toLowerCase().includes(query) ||
        Object.values(entity.names).some((name) => name?.toLocaleLowerCase().includes(query)),
    );
  }, [sorted, search]);

  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setAttempt((n) => n + 1);
    const parsed = ZCreateInvitations.safeParse({ entityCodes: chosen, groups, channel: channel || undefined, sentOn });
    if (!parsed.success) {
      const next: Problems = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'entityCodes') as keyof Problems;
        next[key] ??= issue.message;
      }
      setProblems(next);
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      const result = await api.cycles.invite(slug, parsed.data);
      const counts = {
        invited: format.number(result.invited),
        alreadyInvited: format.number(result.alreadyInvited),
        mailsQueued: format.number(result.mailsQueued),
      };
      const withoutCount = result.withoutFocalPoint.length;
      announce(
        [
          t(mailServer === 'not-configured' ? 'invite.resultHeld' : 'invite.result', counts),
          withoutCount ? t('invite.withoutFocalPoint', { shown: format.number(withoutCount) }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
      setWithout(result.withoutFocalPoint);
      setGroups([]);
      setChosen([]);
      setSearch('');
      onInvited();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const errorId = (key: keyof Problems) => (problems[key] ? `invite-${key}-error` : undefined);

  return (
    <section className="section" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <form className="card form" onSubmit={submit} noValidate aria-labelledby="invite-title">
        <fieldset className="form__fieldset" disabled={busy}>
          <NoMailServerNotice what="invite" />
          <ErrorSummary
            items={[
              ...(problems.entityCodes
                ? [{ message: problems.entityCodes, fieldId: 'invite-search', label: t('invite.chosen') }]
                : []),
              ...(problems.sentOn ? [{ message: problems.sentOn, fieldId: 'invite-sent-on' }] : []),
              ...(problems.channel ? [{ message: problems.channel, fieldId: 'invite-channel' }] : []),
            ]}
            failure={failure}
            attempt={attempt}
            busy={busy}
          />

          <fieldset className="group">
            <legend>{t('invite.groups')}</legend>
            <div className="checkbox-row">
              {ENTITY_TYPES.map((type) => (
                <div className="checkbox" key={type}>
                  <input
                    id={`invite-group-${type}`}
                    type="checkbox"
                    checked={groups.includes(type)}
                    onChange={(event) => setGroups((list) => toggle(list, type, event.target.checked))}
                  />
                  <label htmlFor={`invite-group-${type}`}>{t(`invite.group.${type}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>

          <fieldset
            className={problems.entityCodes ? 'group group--invalid' : 'group'}
            aria-describedby={['invite-chosen-count', errorId('entityCodes')].filter(Boolean).join(' ')}
          >
            <legend>{t('invite.chosen')}</legend>
            <div className="field field--search">
              <label htmlFor="invite-search">{t('invite.search')}</label>
              <input
                id="invite-search"
                type="search"
                autoComplete="off"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                aria-controls="invite-choices"
              />
            </div>
            <p id="invite-chosen-count" className="field__hint" aria-live="polite">
              {t('invite.chosenCount', { count: chosen.length, shown: format.number(chosen.length) })}
            </p>
            {entities.status === 'error' ? (
              <LoadFailedAlert error={entities.error} onRetry={entities.reload} />
            ) : entities.status !== 'ready' && sorted.length === 0 ? (
              <p className="loading">{t('app.loading')}</p>
            ) : (
              <ul className="choice-list" id="invite-choices">
                {shown.length === 0 && <li className="muted">{t('invite.noMatch')}</li>}
                {shown.map((entity) => {
                  const name = entityName(entity, format.language);
                  const id = `invite-entity-${entity.code}`;
                  return (
                    <li key={entity.code} className="checkbox">
                      <input
                        id={id}
                        type="checkbox"
                        checked={chosen.includes(entity.code)}
                        onChange={(event) => setChosen((list) => toggle(list, entity.code, event.target.checked))}
                      />
                      <label htmlFor={id} lang={name.lang}>
                        {name.text}
                      </label>
                      {invited.has(entity.code) && <span className="tag">{t('invite.alreadyInvited')}</span>}
                    </li>
                  );
                })}
              </ul>
            )}
            {problems.entityCodes && (
              <p className="field__error" id={errorId('entityCodes')}>
                {message(problems.entityCodes)}
              </p>
            )}
          </fieldset>

          <div className="form__grid">
            <div className="field">
              <label htmlFor="invite-channel">{t('invite.channel')}</label>
              <select
                id="invite-channel"
                value={channel}
                onChange={(event) => {
                  const value = event.target.value;
                  setChannel(value === 'LETTER' || value === 'NOTE_VERBALE' ? value : '');
                }}
              >
                <option value="">{t('invite.usualChannel')}</option>
                {INVITATION_CHANNELS.map((value) => (
                  <option key={value} value={value}>
                    {t(`channels.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <DateField
              id="invite-sent-on"
              label={t('invite.sentOn')}
              required
              value={sentOn}
              onChange={(event) => setSentOn(event.target.value)}
              error={problems.sentOn}
            />
          </div>

          <div className="form__actions">
            <button ref={submitRef} type="submit" className="button button--primary">
              {t('invite.submit')}
            </button>
          </div>
        </fieldset>
        <StatusMessage>{status}</StatusMessage>
        {without.length > 0 && (
          <div className="alert alert--warning">
            <p>{t('invite.withoutFocalPointList')}</p>
            <ul>
              {without.map((entity) => {
                const name = listedName(entity.names, format.language);
                return (
                  <li key={entity.code} lang={name.lang}>
                    {name.text}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </form>
    </section>
  );
}
