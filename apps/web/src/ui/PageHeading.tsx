import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react';

let focusPending = false;

/** Called on client-side navigation: the next page heading to appear takes the focus. */
export function focusNextHeading(container: HTMLElement | null): void {
  const heading = container?.querySelector<HTMLElement>('h1');
  if (heading) {
    heading.focus();
    focusPending = false;
  } else {
    focusPending = true; // the page is still loading: the heading focuses itself when it mounts
  }
}

/** Sets the document title of a page ("Users – Replies"). */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** The <h1> of a page; it can receive the focus after a navigation, so screen readers start there. */
export function PageHeading({ children, title, id }: { children: ReactNode; title: string; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title);
  useEffect(() => {
    if (focusPending) {
      focusPending = false;
      ref.current?.focus();
    }
  }, []);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
