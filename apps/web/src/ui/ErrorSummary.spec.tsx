/** @jest-environment ./tests/setup/jsdom-environment.js */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { ZIsoDate } from '@replies/shared';
import { ApiError } from '../api/client';
import { TranslatorProvider } from '../i18n/react';
import { Translator } from '../i18n/translator';
import en from '../i18n/locales/en';
import zh from '../i18n/locales/zh';
import { ErrorSummary, fieldErrorItems } from './ErrorSummary';
import { DateField, normalizeIsoDate, TextField } from './Field';

const ZExample = z.object({
  name: z.string().min(1, { error: 'Enter the name.' }),
  sentOn: ZIsoDate,
  comment: z.string().optional(),
});
type Example = z.infer<typeof ZExample>;

/** A small form as the app writes them: fields, an error summary at the top, a refusal from the API. */
function ExampleForm({ refuse }: { refuse?: unknown }) {
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount, isSubmitting },
  } = useForm<Example>({
    resolver: zodResolver(ZExample),
    defaultValues: { name: '', sentOn: '', comment: '' },
    // The error summary takes the focus, not the first invalid field.
    shouldFocusError: false,
  });
  const onSubmit = handleSubmit(async () => {
    setFailure(null);
    if (refuse) setFailure(refuse);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} failure={failure} attempt={submitCount} busy={isSubmitting} />
      <TextField id="example-name" label="Name" error={errors.name?.message} registration={register('name')} />
      <DateField
        id="example-sent-on"
        label="Sent on"
        error={errors.sentOn?.message}
        registration={register('sentOn')}
      />
      <TextField
        id="example-comment"
        label="Comment"
        optional
        error={errors.comment?.message}
        registration={register('comment')}
      />
      <button type="submit">Send</button>
    </form>
  );
}

const i18n = new Translator('en');
beforeAll(() => {
  for (const [language, resource] of Object.entries({ en, zh })) {
    i18n.addResourceBundle(language, 'translation', resource.translation);
    i18n.addResourceBundle(language, 'messages', resource.messages);
  }
});

const renderForm = (refuse?: unknown) =>
  render(
    <TranslatorProvider i18n={i18n}>
      <ExampleForm refuse={refuse} />
    </TranslatorProvider>,
  );

const submit = () => act(async () => fireEvent.click(screen.getByText('Send')));

describe('the error summary', () => {
  it('shows nothing while the form has no problem', () => {
    renderForm();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists every invalid field, in the order of the form, each a link to its field, and takes the focus', async () => {
    renderForm();
    await submit();
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(document.activeElement).toBe(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Name: Enter the name.', '#example-name'],
      ['Sent on: Enter a date as YYYY-MM-DD.', '#example-sent-on'],
    ]);
    // The fields still say it beside themselves.
    expect(document.getElementById('example-name')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('moves the focus to the field when its link is followed', async () => {
    renderForm();
    await submit();
    await act(async () => fireEvent.click(screen.getByRole('link', { name: /Sent on/ })));
    expect(document.activeElement).toBe(document.getElementById('example-sent-on'));
  });

  it('drops a field once it is corrected, and takes the focus again at the next failed attempt', async () => {
    renderForm();
    await submit();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Finland' } });
    await submit();
    const summary = screen.getByRole('alert');
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Sent on: Enter a date as YYYY-MM-DD.',
    ]);
    expect(document.activeElement).toBe(summary);
  });

  it('says why the API refused the form, without a link when no field is at fault', async () => {
    renderForm(new ApiError(409, { code: 'SYMBOL_TAKEN', message: 'A cycle already uses this symbol.' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Finland' } });
    fireEvent.change(screen.getByLabelText(/Sent on/), { target: { value: '2010-06-23' } });
    await submit();
    const summary = screen.getByRole('alert');
    expect(summary.querySelector('li')?.textContent).toBe('A cycle already uses this symbol.');
    expect(summary.querySelector('a')).toBeNull();
    expect(document.activeElement).toBe(summary);
  });
});

describe('fieldErrorItems', () => {
  it('flattens nested errors and takes the id of the registered element, or the one given for its path', () => {
    const input = document.createElement('input');
    input.id = 'cycle-title-fr';
    expect(
      fieldErrorItems(
        {
          title: { fr: { type: 'too_big', message: 'At most 500 characters.', ref: input } },
          decision: { type: 'validate', message: 'Choose a decision.', ref: { name: 'decision' } },
          orgLettersOn: { root: { type: 'custom', message: 'Too many letters.' } },
        },
        { decision: 'decision-FULL' },
      ),
    ).toEqual([
      { message: 'At most 500 characters.', fieldId: 'cycle-title-fr' },
      { message: 'Choose a decision.', fieldId: 'decision-FULL' },
      { message: 'Too many letters.', fieldId: undefined },
    ]);
  });
});

describe('the date field', () => {
  it('is entered year-month-day, and writes the date out beside it in the interface language', async () => {
    renderForm();
    const input = screen.getByLabelText<HTMLInputElement>(/Sent on/);
    expect(input.type).toBe('text');
    expect(input.dir).toBe('ltr');
    expect(document.getElementById('example-sent-on-hint')?.textContent).toBe('Year-month-day, e.g. 2010-06-23.');
    fireEvent.change(input, { target: { value: '2010-06-23' } });
    expect(document.getElementById('example-sent-on-written')?.textContent).toBe('23 June 2010');
    await act(() => i18n.changeLanguage('zh'));
    expect(document.getElementById('example-sent-on-written')?.textContent).toBe('2010年6月23日');
    await act(() => i18n.changeLanguage('en'));
  });

  it('tidies a date typed loosely when the field is left', () => {
    renderForm();
    const input = screen.getByLabelText<HTMLInputElement>(/Sent on/);
    fireEvent.change(input, { target: { value: '2010/6/3' } });
    fireEvent.blur(input);
    expect(input.value).toBe('2010-06-03');
    expect(document.getElementById('example-sent-on-written')?.textContent).toBe('3 June 2010');
    expect(normalizeIsoDate('3 June')).toBe('3 June');
  });

  it('marks optional fields, and only those', () => {
    renderForm();
    expect(screen.getByText('Comment').closest('label')?.textContent).toBe('Comment (optional)');
    expect(screen.getByText('Name').closest('label')?.textContent).toBe('Name');
  });
});
