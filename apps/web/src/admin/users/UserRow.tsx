import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { ROLES, ZRole, type TEntity, type TUpdateUser, type TUser } from '@replies/shared';
import { ApiError } from '../../api/client';
import { EntityOptions } from '../../entities/EntityOptions';
import { entityName } from '../../entities/names';
import { asLanguage } from '../../i18n/languages';
import { useMessages } from '../../i18n/messages';

interface UserRowProps {
  user: TUser;
  isSelf: boolean;
  entities: readonly TEntity[];
  entityByCode: ReadonlyMap<string, TEntity>;
  onUpdate: (id: string, changes: TUpdateUser) => Promise<TUser>;
  onAccountAction: (id: string, action: AccountAction) => Promise<TUser>;
  announce: (message: string) => void;
}

export type AccountAction = 'resendActivation' | 'resetTwoFactor';

/** One account: read-only cells, or role and entity selects while it is being edited. */
export function UserRow({ user, isSelf, entities, entityByCode, onUpdate, onAccountAction, announce }: UserRowProps) {
  const { t, i18n } = useTranslation();
  const { describeError, message } = useMessages();
  const language = asLanguage(i18n.resolvedLanguage);
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState(user.role);
  const [entityCode, setEntityCode] = useState(user.entityCode ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ text: string; onEntity: boolean } | null>(null);

  const roleRef = useRef<HTMLSelectElement>(null);
  const entityRef = useRef<HTMLSelectElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Controls are disabled while a change is sent; the focus goes back to the right one afterwards.
  const focusNext = useRef<(() => HTMLElement | null) | null>(null);
  useEffect(() => {
    if (busy || !focusNext.current) return;
    focusNext.current()?.focus();
    focusNext.current = null;
  });

  const ids = { email: `user-${user.id}-email`, error: `user-${user.id}-error` };
  const entity = user.entityCode ? entityByCode.get(user.entityCode) : undefined;
  const shownEntity = entity ? entityName(entity, language) : null;

  const startEditing = () => {
    setRole(user.role);
    setEntityCode(user.entityCode ?? '');
    setFailure(null);
    setEditing(true);
    focusNext.current = () => roleRef.current;
  };

  const stopEditing = () => {
    setEditing(false);
    setFailure(null);
    focusNext.current = () => editRef.current;
  };

  /** Sends one change; on success runs `onSuccess` and announces, on failure shows why in the row. */
  const send = async (
    changes: TUpdateUser,
    onSuccess: (updated: TUser) => string,
    focusOnFailure: () => HTMLElement | null,
  ) => {
    setBusy(true);
    setFailure(null);
    try {
      const updated = await onUpdate(user.id, changes);
      announce(onSuccess(updated));
    } catch (error) {
      const fieldError = error instanceof ApiError ? error.errors.find((e) => e.path === 'entityCode') : undefined;
      setFailure({ text: fieldError ? message(fieldError.message) : describeError(error), onEntity: !!fieldError });
      focusNext.current = fieldError ? () => entityRef.current : focusOnFailure;
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    if (role === 'FOCAL_POINT' && !entityCode) {
      setFailure({ text: t('users.entityRequired'), onEntity: true });
      entityRef.current?.focus();
      return;
    }
    const changes: TUpdateUser = { role, entityCode: role === 'FOCAL_POINT' ? entityCode : null };
    void send(
      changes,
      () => {
        stopEditing();
        return t('users.saved', { email: user.email });
      },
      () => roleRef.current,
    );
  };

  const toggle = () =>
    void send(
      { disabled: !user.disabled },
      (updated) => {
        focusNext.current = () => toggleRef.current;
        return t(updated.disabled ? 'users.disabledDone' : 'users.enabledDone', { email: user.email });
      },
      () => toggleRef.current,
    );

  const errorId = failure ? ids.error : undefined;

  const accountAction = async (action: AccountAction) => {
    setBusy(true);
    setFailure(null);
    try {
      await onAccountAction(user.id, action);
      announce(
        t(action === 'resendActivation' ? 'users.activationSent' : 'users.twoFactorReset', { email: user.email }),
      );
    } catch (error) {
      setFailure({ text: describeError(error), onEntity: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr aria-busy={busy || undefined} className={user.disabled ? 'is-disabled' : undefined}>
      <td id={ids.email} className="cell--email">
        {user.email}
      </td>
      <td>
        {user.name}
        {isSelf && <span className="muted"> {t('users.you')}</span>}
      </td>
      <td>
        {editing ? (
          <select
            ref={roleRef}
            aria-label={t('users.roleFor', { email: user.email })}
            value={role}
            disabled={busy}
            onChange={(event) => setRole(ZRole.parse(event.target.value))}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`roles.${user.role}`)
        )}
      </td>
      <td>
        {editing && role === 'FOCAL_POINT' ? (
          <select
            ref={entityRef}
            aria-label={t('users.entityFor', { email: user.email })}
            aria-invalid={failure?.onEntity || undefined}
            aria-describedby={failure?.onEntity ? errorId : undefined}
            value={entityCode}
            disabled={busy}
            onChange={(event) => setEntityCode(event.target.value)}
          >
            <option value="">{t('users.form.chooseEntity')}</option>
            <EntityOptions entities={entities} />
          </select>
        ) : editing || !user.entityCode ? (
          t('users.noEntity')
        ) : (
          <span lang={shownEntity?.lang}>{shownEntity?.text ?? user.entityCode}</span>
        )}
      </td>
      <td>
        <span className={user.disabled ? 'badge badge--off' : 'badge badge--on'}>
          {user.disabled ? t('users.disabled') : user.status === 'INVITED' ? t('users.invited') : t('users.active')}
        </span>
        {user.twoFactor && <span className="mail-state__detail">{t('users.twoFactorOn')}</span>}
      </td>
      <td className="cell--actions">
        {!isSelf && (
          <div className="row-actions">
            {editing ? (
              <>
                <button type="button" className="button button--primary button--small" onClick={save} disabled={busy}>
                  {t('form.save')}
                </button>
                <button type="button" className="button button--small" onClick={stopEditing} disabled={busy}>
                  {t('form.cancel')}
                </button>
              </>
            ) : (
              <>
                <button
                  ref={editRef}
                  type="button"
                  className="button button--small"
                  onClick={startEditing}
                  disabled={busy}
                  aria-describedby={ids.email}
                >
                  {t('form.edit')}
                </button>
                <button
                  ref={toggleRef}
                  type="button"
                  className="button button--small"
                  onClick={toggle}
                  disabled={busy}
                  aria-describedby={ids.email}
                >
                  {user.disabled ? t('users.enable') : t('users.disable')}
                </button>
                {user.status === 'INVITED' && !user.disabled && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void accountAction('resendActivation')}
                    disabled={busy}
                    aria-describedby={ids.email}
                  >
                    {t('users.resendActivation')}
                  </button>
                )}
                {user.twoFactor && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void accountAction('resetTwoFactor')}
                    disabled={busy}
                    aria-describedby={ids.email}
                  >
                    {t('users.resetTwoFactor')}
                  </button>
                )}
              </>
            )}
          </div>
        )}
        {failure && (
          <p className="row-error" id={ids.error} role="alert">
            {failure.text}
          </p>
        )}
      </td>
    </tr>
  );
}
