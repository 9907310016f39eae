import { useEffect, useId, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from '../i18n/react';
import { useMessages } from '../i18n/messages';

/** One problem of a form: its message (English as the schemas give it, or already said), and its field. */
export interface ErrorSummaryItem {
  message: string;
  /** The id of the control to go to; none for a problem of the whole form. */
  fieldId?: string;
  /** What to call the field, when its control's own label does not say it (a search box for a list). */
  label?: string;
}

/**
 * The field errors of a react-hook-form form, in the order they were found, each linked to its control:
 * the id of the element the error was registered with, or the one `fieldIds` gives for its path (radio
 * buttons and checkbox lists, whose registered element has no single id).
 */
export function fieldErrorItems(
  errors: FieldErrors<FieldValues> | undefined,
  fieldIds: Readonly<Record<string, string>> = {},
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const error = node as { message?: unknown; type?: unknown; ref?: { id?: unknown } };
    if (typeof error.type === 'string' && typeof error.message === 'string') {
      if (!error.message) return;
      const ownId = typeof error.ref?.id === 'string' && error.ref.id ? error.ref.id : undefined;
      items.push({ message: error.message, fieldId: fieldIds[path] ?? ownId });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'ref' && key !== 'types') visit(child, path ? `${path}.${key}` : key);
    }
  };
  visit(errors, '');
  return items;
}

/** What a control is called on screen: its label, or the legend of the group of choices it belongs to. */
function labelOf(element: HTMLElement): string {
  const input = element as HTMLInputElement;
  // A checkbox or radio button answers the question of its group's legend (its own label is an answer).
  const legend = element.closest('fieldset')?.querySelector(':scope > legend');
  if ((input.type === 'radio' || input.type === 'checkbox') && legend) return legend.textContent?.trim() ?? '';
  const label = input.labels?.[0];
  if (label) return (label.querySelector('.field__label-text') ?? label).textContent?.trim() ?? '';
  return element.getAttribute('aria-label') ?? legend?.textContent?.trim() ?? '';
}

interface Resolved {
  labels: Record<string, string>;
  /** Field ids in the order of the page. */
  order: string[];
}

const sameResolved = (a: Resolved, b: Resolved) =>
  a.order.join('\n') === b.order.join('\n') &&
  Object.keys(b.labels).every((id) => a.labels[id] === b.labels[id]) &&
  Object.keys(a.labels).length === Object.keys(b.labels).length;

interface ErrorSummaryProps {
  /** The form's field errors (react-hook-form): one entry each, linked to its control. */
  errors?: FieldErrors<FieldValues>;
  /** Paths whose registered element has no id of its own (radio buttons, checkbox lists) → the id to go to. */
  fieldIds?: Readonly<Record<string, string>>;
  /** Problems the form found itself (outside react-hook-form). */
  items?: readonly ErrorSummaryItem[];
  /** A refused or failed call, said in the user's language; linked to `failureFieldId` when it is about one field. */
  failure?: unknown;
  failureFieldId?: string;
  /**
   * Changes at every attempt to submit (react-hook-form's submitCount): the summary takes the focus once per
   * attempt that fails, once `busy` is over, and not when a problem appears on its own (an autosave).
   */
  attempt: number;
  busy?: boolean;
  heading?: 'h2' | 'h3';
}

/**
 * The error summary at the top of a form (the GOV.UK pattern): "There is a problem", then each problem
 * as a link to its field, which it focuses. Announced (role="alert") and focused after a failed attempt,
 * so that keyboard and screen reader users start from the list; nothing when there is no problem.
 */
export function ErrorSummary({
  errors,
  fieldIds,
  items = [],
  failure,
  failureFieldId,
  attempt,
  busy = false,
  heading = 'h2',
}: ErrorSummaryProps) {
  const { t } = useTranslation();
  const { message, describeError } = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const focusedAttempt = useRef<number | null>(null);
  const [resolved, setResolved] = useState<Resolved>({ labels: {}, order: [] });

  const entries: (ErrorSummaryItem & { text: string })[] = [
    ...[...fieldErrorItems(errors, fieldIds), ...items].map((item) => ({ ...item, text: message(item.message) })),
    ...(failure ? [{ fieldId: failureFieldId, message: '', text: describeError(failure) }] : []),
  ];
  // The same message for one field once (a field error and the API's word on it).
  const unique = entries.filter(
    (entry, index) => entries.findIndex((e) => e.fieldId === entry.fieldId && e.text === entry.text) === index,
  );
  const visible = unique.length > 0;
  const fieldKey = unique.map((entry) => entry.fieldId ?? '').join(' ');

  // Labels are read from the page (they are the controls' own, in the interface language), after each render.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- read after every render; state set only on a change
  useLayoutEffect(() => {
    const ids = [...new Set(unique.flatMap((entry) => (entry.fieldId ? [entry.fieldId] : [])))];
    const elements = ids.flatMap((id) => {
      const element = document.getElementById(id);
      return element ? [{ id, element }] : [];
    });
    const order = [...elements]
      .sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
      .map((e) => e.id);
    const next: Resolved = { labels: Object.fromEntries(elements.map((e) => [e.id, labelOf(e.element)])), order };
    setResolved((current) => (sameResolved(current, next) ? current : next));
  });

  useEffect(() => {
    if (!visible || busy || focusedAttempt.current === attempt) return;
    focusedAttempt.current = attempt;
    ref.current?.focus();
  }, [visible, busy, attempt, fieldKey]);

  if (!visible) return null;

  const rank = (entry: (typeof unique)[number]) => {
    const at = entry.fieldId ? resolved.order.indexOf(entry.fieldId) : -1;
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  const sorted = [...unique].sort((a, b) => rank(a) - rank(b));

  const goTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const element = document.getElementById(id);
    if (!element) return;
    event.preventDefault();
    element.focus();
    const label = (element as HTMLInputElement).labels?.[0] ?? element.closest('fieldset')?.querySelector('legend');
    (label ?? element).scrollIntoView?.({ block: 'center' });
  };

  const Heading = heading;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId} data-error-summary>
      <Heading id={titleId} className="error-summary__title">
        {t('form.errorSummaryTitle')}
      </Heading>
      <ul className="error-summary__list">
        {sorted.map((entry, index) => {
          const label = entry.label ?? (entry.fieldId ? resolved.labels[entry.fieldId] : undefined);
          const text = label ? t('form.errorSummaryEntry', { label, message: entry.text }) : entry.text;
          const linked = entry.fieldId && resolved.order.includes(entry.fieldId);
          return (
            <li key={`${entry.fieldId ?? ''}-${index}`}>
              {linked ? (
                <a href={`#${entry.fieldId}`} onClick={(event) => goTo(event, entry.fieldId!)}>
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
