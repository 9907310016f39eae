import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { useMessages } from '../i18n/messages';

/** An error the user must notice: announced at once by screen readers (role="alert"). */
export function ErrorAlert({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert--error" role="alert">
      {children}
    </div>
  );
}

/** Why the last submission or action failed, in the user's language; nothing while there is no failure. */
export function FailureAlert({ failure }: { failure: unknown }) {
  const { describeError } = useMessages();
  return <ErrorAlert>{failure ? describeError(failure) : null}</ErrorAlert>;
}

interface LoadFailedAlertProps {
  error: unknown;
  onRetry: () => void;
  /** Said before the error's description ("Loading failed."); nothing when not given. */
  intro?: string;
}

/** Loading something failed: what went wrong, and a Retry button that loads it again. */
export function LoadFailedAlert({ error, onRetry, intro }: LoadFailedAlertProps) {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  return (
    <ErrorAlert>
      {intro && <>{intro} </>}
      {describeError(error)}{' '}
      <button type="button" className="button button--small" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </ErrorAlert>
  );
}

/**
 * The one polite live region of a page (role="status"). It stays in the document, empty or not, so
 * that screen readers announce each new message.
 */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <p className={children ? 'status-message status-message--visible' : 'status-message'} role="status">
      {children}
    </p>
  );
}
