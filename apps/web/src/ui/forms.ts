import { useEffect, useRef, type RefObject } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/client';

/**
 * Puts the field errors of a 400 answer on their form fields (paths are dotted, like `names.fr`).
 * Returns true when every one of them found its field: the fields then say all there is to say, and
 * the form shows no failure above them.
 */
export function placeFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (!(error instanceof ApiError) || error.status !== 400 || error.errors.length === 0) return false;
  let allPlaced = true;
  for (const { path, message } of error.errors) {
    const field = fields.find((f) => f === path);
    if (field) setError(field, { type: 'server', message });
    else allPlaced = false;
  }
  return allPlaced;
}

/**
 * A form whose fieldset is disabled while it submits loses the keyboard focus. When the submission ends,
 * put the focus back: on the form's error summary when it shows one (it lists and links every problem),
 * else on `target` when one was asked for, else on the submit button if the focus was lost.
 */
export function useFocusAfterSubmit(formRef: RefObject<HTMLFormElement | null>, isSubmitting: boolean) {
  const wasSubmitting = useRef(false);
  const target = useRef<string | null>(null);

  useEffect(() => {
    const ended = wasSubmitting.current && !isSubmitting;
    wasSubmitting.current = isSubmitting;
    const form = formRef.current;
    if (!ended || !form) return;
    const summary = form.querySelector<HTMLElement>('[data-error-summary]');
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    const requested = target.current ? form.querySelector<HTMLElement>(`[name="${target.current}"]`) : null;
    target.current = null;
    const focusLost = !form.contains(document.activeElement);
    const next =
      summary ?? invalid ?? requested ?? (focusLost ? form.querySelector<HTMLElement>('[type="submit"]') : null);
    next?.focus();
  }, [formRef, isSubmitting]);

  /** Asks for the focus to go to the field of this name once the form is enabled again. */
  return (name: string) => {
    target.current = name;
  };
}
