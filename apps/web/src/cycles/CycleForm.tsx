import { useEffect, useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from '../i18n/react';
import { LANGUAGES, type TCreateCycle, type TCycle, type TLanguage } from '@replies/shared';
import { ApiError, api } from '../api/client';
import { useMessages } from '../i18n/messages';
import { ErrorSummary } from '../ui/ErrorSummary';
import { CheckboxField, DateField, SelectField, TextField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';
import { useLoad } from '../ui/useLoad';
import {
  cycleResolver,
  FIELDS,
  isMissing,
  LOCALIZED_FIELDS,
  valuesOf,
  type CycleFormValues,
  type LocalizedFieldName,
} from './cycle-form-values';
import { DocumentFields } from './DocumentFields';
import { IntroductionFields } from './IntroductionFields';
import { LocalizedField } from './LocalizedField';

const MAX_LETTERS = 10;

/** A field to open and focus when the form shows: the checks link to the exact text that is missing. */
export interface FieldFocus {
  field: LocalizedFieldName | 'introduction' | 'issuedOn';
  language?: TLanguage;
  paragraph?: string;
}

const FOCUSABLE = new Set<string>([...LOCALIZED_FIELDS, 'introduction', 'issuedOn']);

/** The field a link asks the form to open (?edit=title&editLang=fr&paragraph=requests), if any. */
export function readFieldFocus(params: URLSearchParams): FieldFocus | null {
  const field = params.get('edit');
  if (!field || !FOCUSABLE.has(field)) return null;
  const language = params.get('editLang');
  return {
    field: field as FieldFocus['field'],
    language: LANGUAGES.includes(language as TLanguage) ? (language as TLanguage) : undefined,
    paragraph: params.get('paragraph') ?? undefined,
  };
}

interface CycleFormProps {
  idPrefix: string;
  /** The cycle being edited; none for a new cycle. */
  cycle?: TCycle;
  /** All cycles, to choose the previous one from. */
  cycles: readonly TCycle[];
  submitLabel: string;
  /** The id of the heading that names the form. */
  labelledBy?: string;
  focus?: FieldFocus | null;
  /** Sends the values; rejects with the ApiError of the API, shown by the form. */
  onSubmit: (values: TCreateCycle) => Promise<void>;
}

const HINTS = {
  title: null,
  mandate: 'cycleForm.mandateHint',
  request: 'cycleForm.requestHint',
  observations: 'cycleForm.observationsHint',
} as const satisfies Record<LocalizedFieldName, string | null>;

/** The fields of a reporting cycle, to create one or to change it. */
export function CycleForm({ idPrefix, cycle, cycles, submitLabel, labelledBy, focus, onSubmit }: CycleFormProps) {
  const { t } = useTranslation();
  const { message } = useMessages();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [initial] = useState(() => valuesOf(cycle));
  const [letters, setLetters] = useState(initial.orgLettersOn.length);
  const original = initial.reportLanguage;
  // The language shown for each text; the report's own language first.
  const [shown, setShown] = useState<Record<LocalizedFieldName | 'introduction', TLanguage>>(() => ({
    title: original,
    mandate: original,
    request: original,
    observations: original,
    introduction: original,
  }));
  const offices = useLoad((signal) => api.offices.list(signal), 'offices');
  const {
    register,
    handleSubmit,
    getValues,
    setValue,
    setFocus,
    setError,
    watch,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<CycleFormValues, unknown, TCreateCycle>({
    resolver: cycleResolver,
    defaultValues: initial,
    // The error summary takes the focus, not the first invalid field.
    shouldFocusError: false,
  });
  const focusAfterSubmit = useFocusAfterSubmit(formRef, isSubmitting);
  const id = (name: string) => `${idPrefix}-${name}`;
  const values = watch();

  // Opened from a check: show that field in that language, and put the focus in it.
  useEffect(() => {
    if (!focus) return;
    const language = focus.language ?? original;
    if (focus.field !== 'issuedOn') setShown((current) => ({ ...current, [focus.field]: language }));
    const target =
      focus.field === 'issuedOn'
        ? id('issued-on')
        : focus.field === 'introduction'
          ? id(`introduction-${focus.paragraph ?? 'mandate'}-${language}`)
          : id(`${focus.field}-${language}`);
    window.setTimeout(() => {
      const element = document.getElementById(target);
      element?.scrollIntoView({ block: 'center' });
      element?.focus();
    }, 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when asked from outside (`id`, `original` stay)
  }, [focus]);

  const addLetter = () => {
    const next = letters + 1;
    setValue(`orgLettersOn.${letters}`, '');
    setLetters(next);
    window.setTimeout(() => setFocus(`orgLettersOn.${next - 1}`), 0);
  };

  const removeLetter = (index: number) => {
    const dates = (getValues('orgLettersOn') ?? []).slice(0, letters).filter((_, i) => i !== index);
    setValue('orgLettersOn', dates);
    setLetters(dates.length);
    if (dates.length) window.setTimeout(() => setFocus(`orgLettersOn.${Math.min(index, dates.length - 1)}`), 0);
  };

  const submit = handleSubmit(
    async (payload) => {
      setFailure(null);
      try {
        await onSubmit({ ...payload, orgLettersOn: (payload.orgLettersOn ?? []).slice(0, letters) });
      } catch (error) {
        if (placeFieldErrors(error, setError, FIELDS as Path<CycleFormValues>[])) return;
        setFailure(error);
        if (error instanceof ApiError && error.code === 'SYMBOL_TAKEN') focusAfterSubmit('symbol');
      }
    },
    (invalid) => {
      // A text invalid in a language not shown: show that language, so the error can be seen.
      for (const field of LOCALIZED_FIELDS) {
        const language = Object.keys(invalid[field] ?? {})[0] as TLanguage | undefined;
        if (language) setShown((current) => ({ ...current, [field]: language }));
      }
    },
  );

  const others: { id: string; symbol: string }[] = cycles.filter((other) => other.id !== cycle?.id);
  // The chosen previous cycle is an option from the start, before the list of cycles arrives.
  const previous = cycle?.previousCycle;
  if (previous && !others.some((other) => other.id === previous.id)) others.unshift(previous);
  const lettersError = errors.orgLettersOn?.message ?? errors.orgLettersOn?.root?.message;

  const localized = (field: LocalizedFieldName, label: string, rows?: number) => {
    const hint = HINTS[field];
    return (
      <LocalizedField
        id={id(field)}
        label={label}
        hint={hint ? t(hint) : undefined}
        rows={rows}
        language={shown[field]}
        onLanguage={(language) => setShown((current) => ({ ...current, [field]: language }))}
        missing={(language) => isMissing(field, values[field], language, values.reportLanguage)}
        // Only the title is required, and only in the language the report is written in.
        optional={(language) => field !== 'title' || language !== values.reportLanguage}
        register={(language) => register(`${field}.${language}`)}
        errorOf={(language) => errors[field]?.[language]?.message}
      />
    );
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <fieldset disabled={isSubmitting} className="form__fieldset">
        <ErrorSummary
          errors={errors}
          fieldIds={{ orgLettersOn: id('letter-1'), 'orgLettersOn.root': id('letter-1') }}
          failure={failure}
          failureFieldId={failure instanceof ApiError && failure.code === 'SYMBOL_TAKEN' ? id('symbol') : undefined}
          attempt={submitCount}
          busy={isSubmitting}
        />
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
        </div>

        <DocumentFields
          id={id}
          register={register}
          errors={errors}
          organ={values.organ}
          agendaKind={values.agenda.kind}
          // The cycle's own office is an option from the start, before the list of offices arrives.
          offices={offices.data ?? (cycle?.office ? [cycle.office] : [])}
          officesLoading={offices.data === null && !offices.error}
        />

        {localized('title', t('cycleForm.title'))}
        {localized('mandate', t('cycleForm.mandate'), 6)}
        {localized('request', t('cycleForm.request'))}

        <div className="form__grid">
          <DateField
            id={id('note-verbale-on')}
            label={t('cycleForm.noteVerbaleOn')}
            required
            error={errors.noteVerbaleOn?.message}
            registration={register('noteVerbaleOn')}
          />
          <DateField
            id={id('cutoff-on')}
            label={t('cycleForm.cutoffOn')}
            required
            error={errors.cutoffOn?.message}
            registration={register('cutoffOn')}
          />
        </div>

        <fieldset className="group" aria-describedby={lettersError ? id('letters-error') : id('letters-hint')}>
          <legend>{t('cycleForm.orgLetters')}</legend>
          <p className="field__hint" id={id('letters-hint')}>
            {t('cycleForm.orgLettersHint')}
          </p>
          <ul className="date-list">
            {Array.from({ length: letters }, (_, index) => (
              <li key={index} className="date-list__item">
                <DateField
                  id={id(`letter-${index + 1}`)}
                  label={t('cycleForm.letterDate', { number: index + 1 })}
                  error={errors.orgLettersOn?.[index]?.message}
                  registration={register(`orgLettersOn.${index}`)}
                />
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('cycleForm.removeLetterFull', { number: index + 1 })}
                  onClick={() => removeLetter(index)}
                >
                  {t('cycleForm.removeLetter')}
                </button>
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
            optional
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

        {cycle ? (
          <IntroductionFields
            id={id}
            slug={cycle.slug}
            version={cycle.updatedAt}
            language={shown.introduction}
            onLanguage={(language) => setShown((current) => ({ ...current, introduction: language }))}
            texts={values.introduction}
            register={register}
            setValue={setValue}
            errors={errors}
          />
        ) : (
          <p className="field__hint">{t('introduction.afterCreation')}</p>
        )}
        {localized('observations', t('cycleForm.observations'), 6)}

        <FormSubmit label={submitLabel} />
      </fieldset>
    </form>
  );
}
