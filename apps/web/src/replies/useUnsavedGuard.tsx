import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving a page with unsaved changes: the browser's own question when the tab is closed or
 * reloaded (beforeunload), a dialog of the portal when a link of the portal is followed (useBlocker).
 */
export function useUnsavedGuard(hasUnsavedChanges: () => boolean) {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      event.preventDefault();
      event.returnValue = ''; // older browsers need it to show their question
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hasUnsavedChanges]);

  return useBlocker(
    ({ currentLocation, nextLocation }) =>
      hasUnsavedChanges() &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
}

interface LeaveDialogProps {
  onStay: () => void;
  onLeave: () => void;
  /** Saves, then leaves; resolves false when the save failed (the dialog then stays open). */
  onSaveAndLeave: () => Promise<boolean>;
}

/** "You have unsaved changes": stay, save and leave, or leave without saving. */
export function LeaveDialog({ onStay, onLeave, onSaveAndLeave }: LeaveDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog dialog--small"
      aria-labelledby="leave-title"
      aria-describedby="leave-text"
      onCancel={(event) => {
        event.preventDefault();
        if (!saving) onStay();
      }}
    >
      <h2 id="leave-title">{t('leave.title')}</h2>
      <p id="leave-text">{t('leave.text')}</p>
      {failed && (
        <p className="alert alert--error" role="alert">
          {t('leave.saveFailed')}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onStay} disabled={saving} autoFocus>
          {t('leave.stay')}
        </button>
        <button
          type="button"
          className="button"
          disabled={saving}
          onClick={async () => {
            setSaving(true);
            setFailed(false);
            const ok = await onSaveAndLeave();
            setSaving(false);
            if (!ok) setFailed(true);
          }}
        >
          {t('leave.saveAndLeave')}
        </button>
        <button type="button" className="button button--quiet" onClick={onLeave} disabled={saving}>
          {t('leave.leave')}
        </button>
      </div>
    </dialog>
  );
}
