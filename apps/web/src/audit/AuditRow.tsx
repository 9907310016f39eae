import { useTranslation } from '../i18n/react';
import type { TAuditEvent } from '@replies/shared';
import { useFormat } from '../ui/format';
import { jsonText, useActionLabel, useTargetLabel } from './labels';

/** One event of the audit trail; what it changed is folded away in a <details>, as JSON text. */
export function AuditRow({ event }: { event: TAuditEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const actionLabel = useActionLabel();
  const targetLabel = useTargetLabel();
  const action = actionLabel(event.action);
  const when = format.dateTime(event.at);

  const value = (data: unknown) => {
    const text = jsonText(data);
    return text === null ? (
      <span className="muted">{t('audit.nothing')}</span>
    ) : (
      // Scrolls when wide or long: focusable, so that keyboard users can scroll it.
      <pre className="audit-json" tabIndex={0}>
        {text}
      </pre>
    );
  };

  return (
    <tr>
      <td className="cell--nowrap">
        <time dateTime={event.at}>{when}</time>
      </td>
      <td>{event.actor ? <bdi>{event.actor}</bdi> : <span className="muted">{t('audit.system')}</span>}</td>
      <td>
        {action}
        {action !== event.action && (
          <>
            <br />
            <code className="muted">{event.action}</code>
          </>
        )}
      </td>
      <td className="cell--audit">
        {targetLabel(event.targetType)}{' '}
        <code className="muted" dir="ltr">
          {event.targetId}
        </code>
        <details className="audit-details">
          <summary>
            {t('audit.details')}
            <span className="visually-hidden">
              {' '}
              ({action}, {when})
            </span>
          </summary>
          <dl>
            <dt>{t('audit.before')}</dt>
            <dd>{value(event.before)}</dd>
            <dt>{t('audit.after')}</dt>
            <dd>{value(event.after)}</dd>
          </dl>
        </details>
      </td>
    </tr>
  );
}
