import type { ReactNode } from 'react';

/** An error the user must notice: announced at once by screen readers (role="alert"). */
export function ErrorAlert({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert--error" role="alert">
      {children}
    </div>
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
