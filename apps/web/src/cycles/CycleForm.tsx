import { useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ZCreateCycle, type TCreateCycle, type TCycle, type TLocalizedText } from '@replies/shared';
import { ApiError } from '../api/client';
import { useMessages } from '../i18n/messages';
import { FailureAlert } from '../ui/Alert';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';

type CycleFormValues = TCreateCycle;

const MAX_LETTERS = 10;

/** The texts of a cycle without the empty languages (the API may send null for them). */
function present(text: TLocalizedText | null | undefined): TLocalizedText {
  return Object.fromEntries(
    Object.entries(text ?? {}).filter(([, value]) => typeof value === 'string'),
  ) as TLocalizedText;
}

function valuesOf(cycle?: TCycle): CycleFormValues {
  if (!cycle) {
    return {
      symbol: '',
      resolution: '',
      session: Number.NaN,
      agendaItem: '',
      title: { en: '', zh: '' },
      mandate: { en: '', zh: '' },
      noteVerbaleOn: '',
      orgLettersOn: [''],
      cutoffOn: '',
      replyWordLimit: Number.NaN,
      summaryWordLimit: Number.NaN,
      newInformationOnly: false,
      previousCycle: null,
    };
  }
  const title = present(cycle.title);
  const mandate = present(cycle.mandate);
  return {
    symbol: cycle.symbol,
    resolution: cycle.resolution,
    session: cycle.session,
    agendaItem: cycle.agendaItem ?? '',
    // The languages this form does not show (French, Spanish…) are kept as they are and sent back unchanged.
    title: { ...title, en: title.en ?? '', zh: title.zh ?? '' },
    mandate: { ...mandate, en: mandate.en ?? '', zh: mandate.zh ?? '' },
    noteVerbaleOn: cycle.noteVerbaleOn,
    orgLettersOn: cycle.orgLettersOn.length > 0 ? [...cycle.orgLettersOn] : [''],
    cutoffOn: cycle.cutoffOn,
    replyWordLimit: cycle.replyWordLimit,
    summaryWordLimit: cycle.summaryWordLimit,
    newInformationOnly: cycle.newInformationOnly,
    previousCycle: cycle.previousCycle?.id ?? null,
  };
}

const BASE_FIELDS = [
  'symbol',
  'resolution',
  'session',
  'agendaItem',
  'title.en',
  'title.zh',
  'mandate.en',
  'mandate.zh',
  'noteVerbaleOn',
  'orgLettersOn',
  'cutoffOn',
  'replyWordLimit',
  'summaryWordLimit',
  'newInformationOnly',
  'previousCycle',
] as const satisfies readonly Path<CycleFormValues>[];

const FIELDS: readonly Path<CycleFormValues>[] = [
  ...BASE_FIELDS,
  ...Array.from({ length: MAX_LETTERS }, (_, index) => `orgLettersOn.${index}` as const),
];

interface CycleFormProps {
  idPrefix: string;
  /** The cycle being edited; none for a new cycle. */
  cycle?: TCycle;
  /** All cycles, to choose the previous one from. */
  cycles: readonly TCycle[];
  submitLabel: string;
  /** The id of the heading that names the form. */
  labelledBy?: string;
  /** Sends the values; rejects with the ApiError of the API, shown by the form. */
  onSubmit: (values: TCreateCycle) => Promise<void>;
}

/** The fields of a reporting cycle, to create one or to change it. */
export function CycleForm({ idPrefix, cycle, cycles, submitLabel, labelledBy, onSubmit }: CycleFormProps) {
  const { t } = useTranslation();
  const { message } = useMessages();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [initial] = useState(() => valuesOf(cycle));
  const [letters, setLetters] = useState(initial.orgLettersOn.length);
  const {
    register,
    handleSubmit,
    getValues,
    setValue,
    setFocus,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ZCreateCycle), defaultValues: initial });
  const focusAfterSubmit = useFocusAfterSubmit(formRef, isSubmitting);
  const id = (name: string) => `${idPrefix}-${name}`;

  const addLetter = () => {
    const next = letters + 1;
    setValue(`orgLettersOn.${letters}`, '');
    setLetters(next);
    // The new input exists after this render.
    window.setTimeout(() => setFocus(`orgLettersOn.${next - 1}`), 0);
  };

  const removeLetter = (index: number) => {
    const dates = (getValues('orgLettersOn') ?? []).slice(0, letters).filter((_, i) => i !== index);
    setValue('orgLettersOn', dates);
    setLetters(dates.length);
    window.setTimeout(() => setFocus(`orgLettersOn.${Math.min(index, dates.length - 1)}`), 0);
  };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit({ ...values, orgLettersOn: values.orgLettersOn.slice(0, letters) });
    } catch (error) {
      if (placeFieldErrors(error, setError, FIELDS)) return;
      setFailure(error);
      if (error instanceof ApiError && error.code === 'SYMBOL_TAKEN') focusAfterSubmit('symbol');
    }
  });

  const others: { id: string; symbol: string }[] = cycles.filter((other) => other.id !== cycle?.id);
  // The chosen previous cycle is an option from the start, before the list of cycles arrives.
  const previous = cycle?.previousCycle;
  if (previous && !others.some((other) => other.id === previous.id)) others.unshift(previous);
  const lettersError = errors.orgLettersOn?.message ?? errors.orgLettersOn?.root?.message;

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <fieldset disabled={isSubmitting} className="form__fieldset">
        <FailureAlert failure={failure} />
        <div className="form__grid">
          <TextField
            id={id('symbol')}
            label={t('cycleForm.symbol')}
            hint={t('cycleForm.symbolHint')}
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            required
            error={errors.symbol?.message}
            registration={register('symbol')}
          />
          <TextField
            id={id('resolution')}
            label={t('cycleForm.resolution')}
            hint={t('cycleForm.resolutionHint')}
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            required
            error={errors.resolution?.message}
            registration={register('resolution')}
          />
          <TextField
            id={id('session')}
            label={t('cycleForm.session')}
            type="number"
            inputMode="numeric"
            min={1}
            max={200}
            required
            error={errors.session?.message}
            registration={register('session', { valueAsNumber: true })}
          />
          <TextField
            id={id('agenda-item')}
            label={t('cycleForm.agendaItem')}
            autoComplete="off"
            error={errors.agendaItem?.message}
            registration={register('agendaItem')}
          />
        </div>

        <div className="form__grid form__grid--wide">
          <TextField
            id={id('title-en')}
            label={t('cycleForm.titleEn')}
            lang="en"
            autoComplete="off"
            required
            error={errors.title?.en?.message}
            registration={register('title.en')}
          />
          <TextField
            id={id('title-zh')}
            label={t('cycleForm.titleZh')}
            lang="zh"
            autoComplete="off"
            error={errors.title?.zh?.message}
            registration={register('title.zh')}
          />
          <TextAreaField
            id={id('mandate-en')}
            label={t('cycleForm.mandateEn')}
            lang="en"
            rows={5}
            error={errors.mandate?.en?.message}
            registration={register('mandate.en')}
          />
          <TextAreaField
            id={id('mandate-zh')}
            label={t('cycleForm.mandateZh')}
            lang="zh"
            rows={5}
            error={errors.mandate?.zh?.message}
            registration={register('mandate.zh')}
          />
        </div>

        <div className="form__grid">
          <TextField
            id={id('note-verbale-on')}
            label={t('cycleForm.noteVerbaleOn')}
            type="date"
            required
            error={errors.noteVerbaleOn?.message}
            registration={register('noteVerbaleOn')}
          />
          <TextField
            id={id('cutoff-on')}
            label={t('cycleForm.cutoffOn')}
            type="date"
            required
            error={errors.cutoffOn?.message}
            registration={register('cutoffOn')}
          />
        </div>

        <fieldset className="group" aria-describedby={lettersError ? id('letters-error') : undefined}>
          <legend>{t('cycleForm.orgLetters')}</legend>
          <ul className="date-list">
            {Array.from({ length: letters }, (_, index) => (
              <li key={index} className="date-list__item">
                <TextField
                  id={id(`letter-${index + 1}`)}
                  label={t('cycleForm.letterDate', { number: index + 1 })}
                  type="date"
                  required={index === 0}
                  error={errors.orgLettersOn?.[index]?.message}
                  registration={register(`orgLettersOn.${index}`)}
                />
                {letters > 1 && (
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={t('cycleForm.removeLetterFull', { number: index + 1 })}
                    onClick={() => removeLetter(index)}
                  >
                    {t('cycleForm.removeLetter')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {lettersError && (
            <p className="field__error" id={id('letters-error')}>
              {message(lettersError)}
            </p>
          )}
          {letters < MAX_LETTERS && (
            <button type="button" className="button button--small" onClick={addLetter}>
              {t('cycleForm.addLetter')}
            </button>
          )}
        </fieldset>

        <div className="form__grid">
          <TextField
            id={id('reply-word-limit')}
            label={t('cycleForm.replyWordLimit')}
            type="number"
            inputMode="numeric"
            min={1}
            required
            error={errors.replyWordLimit?.message}
            registration={register('replyWordLimit', { valueAsNumber: true })}
          />
          <TextField
            id={id('summary-word-limit')}
            label={t('cycleForm.summaryWordLimit')}
            type="number"
            inputMode="numeric"
            min={1}
            required
            error={errors.summaryWordLimit?.message}
            registration={register('summaryWordLimit', { valueAsNumber: true })}
          />
          <SelectField
            id={id('previous-cycle')}
            label={t('cycleForm.previousCycle')}
            error={errors.previousCycle?.message}
            registration={register('previousCycle', { setValueAs: (value: string | null) => value || null })}
          >
            <option value="">{t('cycleForm.noPreviousCycle')}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.symbol}
              </option>
            ))}
          </SelectField>
        </div>
        <CheckboxField
          id={id('new-information-only')}
          label={t('cycleForm.newInformationOnly')}
          hint={t('cycleForm.newInformationOnlyHint')}
          error={errors.newInformationOnly?.message}
          registration={register('newInformationOnly')}
        />

        <FormSubmit label={submitLabel} />
      </fieldset>
    </form>
  );
}
