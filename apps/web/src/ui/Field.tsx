import {
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from '../i18n/react';
import { ZIsoDate } from '@replies/shared';
import { useMessages } from '../i18n/messages';
import { useFormat } from './format';

/**
 * The text of a label, with "(optional)" after it for a field that may be left empty: in every language,
 * only optional fields are marked, and required ones not.
 */
export function LabelText({ label, optional }: { label: string; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="field__label-text">{label}</span>
      {optional && <span className="field__optional"> {t('form.optional')}</span>}
    </>
  );
}

interface FieldFrameProps {
  id: string;
  label: string;
  /** The field may be left empty: its label says so. */
  optional?: boolean;
  /** The message of the field's error, in English as the schema gives it; translated here. */
  error?: string;
  hint?: string;
  /** Ids of other elements that describe the control (a live word count), read after the hint. */
  describedBy?: string;
  className?: string;
  children: (describedBy: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/** Label, control, hint and error message, tied together with for/id and aria-describedby. */
export function FieldFrame({
  id,
  label,
  optional,
  error,
  hint,
  describedBy: extra,
  className,
  children,
}: FieldFrameProps) {
  const { message } = useMessages();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, extra, errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error && (
        <p className="field__error" id={errorId}>
          {message(error)}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  id: string;
  label: string;
  optional?: boolean;
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
};

export function TextField({ id, label, optional, error, hint, registration, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} optional={optional} error={error} hint={hint}>
      {(aria) => <input id={id} type="text" {...inputProps} {...aria} {...registration} />}
    </FieldFrame>
  );
}

/** An e-mail address: written left to right, typed on the e-mail keyboard, never spell-checked. */
export function EmailField(props: Omit<TextFieldProps, 'type' | 'dir' | 'inputMode' | 'spellCheck'>) {
  return <TextField type="email" dir="ltr" inputMode="email" spellCheck={false} {...props} />;
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> & {
  id: string;
  label: string;
  optional?: boolean;
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
  children: ReactNode;
};

export function SelectField({
  id,
  label,
  optional,
  error,
  hint,
  registration,
  children,
  ...selectProps
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} optional={optional} error={error} hint={hint}>
      {(aria) => (
        <select id={id} {...selectProps} {...aria} {...registration}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> & {
  id: string;
  label: string;
  optional?: boolean;
  error?: string;
  hint?: string;
  describedBy?: string;
  /** Shown right under the control (a live count), before the error. */
  after?: ReactNode;
  className?: string;
  registration: UseFormRegisterReturn;
};

export function TextAreaField({
  id,
  label,
  optional,
  error,
  hint,
  describedBy,
  after,
  className,
  registration,
  ...textareaProps
}: TextAreaFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      optional={optional}
      error={error}
      hint={hint}
      describedBy={describedBy}
      className={className}
    >
      {(aria) => (
        <>
          <textarea id={id} {...textareaProps} {...aria} {...registration} />
          {after}
        </>
      )}
    </FieldFrame>
  );
}

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'type'> & {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
};

/** A checkbox with its label on its right (left in right-to-left languages). */
export function CheckboxField({ id, label, error, hint, registration, ...inputProps }: CheckboxFieldProps) {
  const { message } = useMessages();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--checkbox field--invalid' : 'field field--checkbox'}>
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          {...inputProps}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...registration}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {message(error)}
        </p>
      )}
    </div>
  );
}

type DateFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'type'> & {
  id: string;
  label: string;
  optional?: boolean;
  error?: string;
  hint?: string;
  /** A react-hook-form field; without one, the input is controlled by `value` and `onChange`. */
  registration?: UseFormRegisterReturn;
  ref?: Ref<HTMLInputElement>;
};

const LOOSE_DATE = /^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$/;

/** "2010-6-1", "2010/06/01" → "2010-06-01"; anything else as it is. */
export function normalizeIsoDate(value: string): string {
  const match = LOOSE_DATE.exec(value);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : value;
}

/**
 * A calendar date, entered the same way in every interface language: year-month-day (2010-06-23), left
 * to right, with the date written out beside it in the interface language (23 June 2010, 2010年6月23日,
 * 23 حزيران/يونيه 2010) as soon as it is a date. A browser date picker would show the browser's own
 * format whatever the interface language, which is what this avoids.
 */
export function DateField({ id, label, optional, error, hint, registration, ref, ...inputProps }: DateFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const input = useRef<HTMLInputElement | null>(null);
  const [value, setValue] = useState('');
  // The input may change without an event (a form reset): read it after every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- read after every render; state set only on a change
  useLayoutEffect(() => {
    const current = input.current?.value ?? '';
    if (current !== value) setValue(current);
  });
  const written = ZIsoDate.safeParse(value.trim()).success ? format.date(value.trim()) : null;

  const setRefs = (element: HTMLInputElement | null) => {
    input.current = element;
    registration?.ref(element);
    if (typeof ref === 'function') ref(element);
    else if (ref) ref.current = element;
  };
  const normalize = (event: FocusEvent<HTMLInputElement>) => {
    const normalized = normalizeIsoDate(event.target.value);
    if (normalized !== event.target.value) {
      event.target.value = normalized;
      void registration?.onChange({ target: event.target, type: 'change' });
      inputProps.onChange?.(event);
    }
    setValue(normalized);
    void registration?.onBlur(event);
    inputProps.onBlur?.(event);
  };

  return (
    <FieldFrame
      id={id}
      label={label}
      optional={optional}
      error={error}
      hint={hint ? `${hint} ${t('form.dateFormat')}` : t('form.dateFormat')}
      describedBy={`${id}-written`}
      className="field--date"
    >
      {(aria) => (
        <div className="date-field">
          <input
            id={id}
            type="text"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            size={10}
            {...inputProps}
            {...aria}
            name={registration?.name}
            ref={setRefs}
            onChange={(event) => {
              setValue(event.target.value);
              void registration?.onChange(event);
              inputProps.onChange?.(event);
            }}
            onBlur={normalize}
          />
          <span className="date-field__written" id={`${id}-written`} aria-live="polite">
            {written}
          </span>
        </div>
      )}
    </FieldFrame>
  );
}
