import { useCallback } from 'react';
import { useTranslation } from '../i18n/react';

/** The words for an audit action (reply.accept → "Reply accepted"); an action not known here shows as it is. */
export function useActionLabel(): (action: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (action: string) => {
      const key = `audit.actions.${action.replace(/\./g, '_')}`;
      return i18n.exists(key) ? t(key as 'audit.actions.reply_accept') : action;
    },
    [t, i18n],
  );
}

/** The words for the kind of record an audit event is about (Reply, Cycle…). */
export function useTargetLabel(): (targetType: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (targetType: string) => {
      const key = `audit.targets.${targetType}`;
      return i18n.exists(key) ? t(key as 'audit.targets.Reply') : targetType;
    },
    [t, i18n],
  );
}

/** A before or after value of an audit event, as indented JSON text. */
export function jsonText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the last resort for what JSON cannot write
    return String(value);
  }
}
