import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useMessages } from '../i18n/messages';

interface FieldFrameProps {
  id: string;
  label: string;
  /** The message of the field's error, in English as the schema gives it; translated here. */
  error?: string;
  hint?: string;
  /** Ids of other elements that describe the control (a live word count), read after the hint. */
  describedBy?: string;
  className?: string;
  children: (describedBy: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/** Label, control, hint and error message, tied together with for/id and aria-describedby. */
function FieldFrame({ id, label, error, hint, describedBy: extra, className, children }: FieldFrameProps) {
  const { message } = useMessages();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, extra, errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>{label}</label>
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
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
};

export function TextField({ id, label, error, hint, registration, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
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
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
  children: ReactNode;
};

export function SelectField({ id, label, error, hint, registration, children, ...selectProps }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
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
  error,
  hint,
  describedBy,
  after,
  className,
  registration,
  ...textareaProps
}: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} describedBy={describedBy} className={className}>
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
