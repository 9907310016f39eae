import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldFrame } from '../ui/Field';
import { keystrokesBeforeReact } from './keystrokesBeforeReact';
import type { TypingPause } from './typingPause';

interface ReplyTextAreaProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: string;
  error?: string;
  /** Ids of other elements that describe the field (its live count). */
  describedBy?: string;
  /** Shown right under the field (its live count), before the error. */
  after?: ReactNode;
  className?: string;
  rows: number;
  lang?: string;
  dir?: string;
  readOnly?: boolean;
  registration: UseFormRegisterReturn;
  typing: TypingPause;
}

/**
 * A text field of the reply form (the text, the summary), which costs nothing but the browser's own editing
 * at each keystroke. Its text area is made here rather than rendered by React, so React never reads the
 * field's value (up to 30,000 characters) for onChange, nor its selection for onSelect; its keystroke
 * events but keydown and input are stopped before React's root listeners see them (keystrokesBeforeReact),
 * and the style sheet lays it out on its own. The form hears of the text when typing pauses (TypingPause).
 */
export function ReplyTextArea({
  id,
  label,
  optional,
  hint,
  error,
  describedBy,
  after,
  className,
  ...field
}: ReplyTextAreaProps) {
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
          <PlainTextArea
            id={id}
            describedBy={aria['aria-describedby']}
            invalid={aria['aria-invalid'] === true}
            {...field}
          />
          {after}
        </>
      )}
    </FieldFrame>
  );
}

type PlainTextAreaProps = Pick<
  ReplyTextAreaProps,
  'id' | 'rows' | 'lang' | 'dir' | 'readOnly' | 'registration' | 'typing'
> & {
  describedBy?: string;
  invalid: boolean;
};

function setAttribute(element: Element, name: string, value: string | undefined) {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function PlainTextArea({
  id,
  rows,
  lang,
  dir,
  readOnly,
  describedBy,
  invalid,
  registration,
  typing,
}: PlainTextAreaProps) {
  const host = useRef<HTMLDivElement>(null);
  const element = useRef<HTMLTextAreaElement | null>(null);
  // Made once, when first needed; placed in the document by the effect below.
  const fieldOf = () => (element.current ??= document.createElement('textarea'));
  const { name, ref, onChange, onBlur } = registration;

  useLayoutEffect(() => {
    const field = fieldOf();
    field.id = id;
    field.name = name;
    field.rows = rows;
    // Its height: `rows` lines (the style sheet's size containment ignores `rows` itself).
    field.style.setProperty('--rows', String(rows));
    field.readOnly = readOnly ?? false;
    setAttribute(field, 'lang', lang);
    setAttribute(field, 'dir', dir);
    setAttribute(field, 'aria-describedby', describedBy);
    setAttribute(field, 'aria-invalid', invalid ? 'true' : undefined);
  });

  useLayoutEffect(() => {
    const field = fieldOf();
    host.current?.append(field);
    const detach = typing.attach(field, { onChange, onBlur });
    return () => {
      detach();
      field.remove();
    };
  }, [typing, onChange, onBlur]);

  // React's listeners have nothing to do with its keystrokes.
  useLayoutEffect(() => keystrokesBeforeReact(fieldOf()), []);

  // As React does with a ref callback: react-hook-form gives a new one at each render, and after a reset
  // fills the field with the form's value when it is called.
  useLayoutEffect(() => {
    ref(fieldOf());
    return () => ref(null);
  }, [ref]);

  return <div ref={host} className="reply-text-area" />;
}
