import { useTranslation } from '../i18n/react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { AGENDA_KINDS, LANGUAGES, ORGANS, SESSION_RULES, type TOffice, type TOrgan } from '@replies/shared';
import { LANGUAGE_INFO } from '../i18n/languages';
import { DateField, SelectField, TextField } from '../ui/Field';
import type { CycleFormValues } from './cycle-form-values';

interface DocumentFieldsProps {
  id: (name: string) => string;
  register: UseFormRegister<CycleFormValues>;
  errors: FieldErrors<CycleFormValues>;
  organ: TOrgan;
  agendaKind: CycleFormValues['agenda']['kind'];
  offices: readonly TOffice[];
  officesLoading: boolean;
}

/**
 * What the report's header prints: the organ and office, the session and its dates, the agenda item
 * in its form, the date of issue and the language the report is written in.
 */
export function DocumentFields({
  id,
  register,
  errors,
  organ,
  agendaKind,
  offices,
  officesLoading,
}: DocumentFieldsProps) {
  const { t } = useTranslation();
  const session = SESSION_RULES[organ].kind;
  return (
    <>
      <div className="form__grid">
        <SelectField
          id={id('organ')}
          label={t('cycleForm.organ')}
          error={errors.organ?.message}
          registration={register('organ')}
        >
          {ORGANS.map((o) => (
            <option key={o} value={o}>
              {t(`organs.${o}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('office')}
          label={t('cycleForm.office')}
          hint={t('cycleForm.officeHint')}
          required
          error={errors.officeCode?.message}
          registration={register('officeCode')}
        >
          <option value="">{officesLoading ? t('app.loading') : t('cycleForm.chooseOffice')}</option>
          {offices.map((office) => (
            <option key={office.code} value={office.code}>
              {office.code} — {office.names.en}
            </option>
          ))}
        </SelectField>
        {session === 'none' ? (
          <p className="field field__hint">{t('cycleForm.noSession')}</p>
        ) : (
          <TextField
            id={id('session')}
            label={session === 'year' ? t('cycleForm.sessionYear') : t('cycleForm.session')}
            hint={session === 'year' ? t('cycleForm.sessionYearHint') : t('cycleForm.sessionHint')}
            type="number"
            inputMode="numeric"
            required
            error={errors.session?.message}
            registration={register('session')}
          />
        )}
      </div>

      {session !== 'none' && (
        <fieldset className="group">
          <legend>{t('cycleForm.sessionDates')}</legend>
          <p className="field__hint">{t('cycleForm.sessionDatesHint')}</p>
          <div className="form__grid">
            <DateField
              id={id('session-from')}
              label={t('cycleForm.sessionFrom')}
              optional
              error={errors.sessionDates?.from?.message}
              registration={register('sessionDates.from')}
            />
            <DateField
              id={id('session-to')}
              label={t('cycleForm.sessionTo')}
              optional
              error={errors.sessionDates?.to?.message ?? errors.sessionDates?.message}
              registration={register('sessionDates.to')}
            />
          </div>
        </fieldset>
      )}

      <fieldset className="group">
        <legend>{t('cycleForm.agenda')}</legend>
        <div className="form__grid">
          <SelectField
            id={id('agenda-kind')}
            label={t('cycleForm.agendaKind')}
            optional
            error={errors.agenda?.kind?.message}
            registration={register('agenda.kind')}
          >
            <option value="">{t('cycleForm.agendaKinds.NONE')}</option>
            {AGENDA_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`cycleForm.agendaKinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          {agendaKind && (
            <TextField
              id={id('agenda-item')}
              label={t('cycleForm.agendaItem')}
              hint={t('cycleForm.agendaItemHint')}
              dir="ltr"
              autoComplete="off"
              required
              error={errors.agenda?.item?.message}
              registration={register('agenda.item')}
            />
          )}
          {agendaKind && agendaKind !== 'ADOPTED' && (
            <TextField
              id={id('agenda-list')}
              label={t('cycleForm.listSymbol')}
              hint={t('cycleForm.listSymbolHint')}
              dir="ltr"
              autoComplete="off"
              spellCheck={false}
              required
              error={errors.agenda?.listSymbol?.message}
              registration={register('agenda.listSymbol')}
            />
          )}
        </div>
      </fieldset>

      <div className="form__grid">
        <DateField
          id={id('issued-on')}
          label={t('cycleForm.issuedOn')}
          hint={t('cycleForm.issuedOnHint')}
          optional
          error={errors.issuedOn?.message}
          registration={register('issuedOn')}
        />
        <SelectField
          id={id('report-language')}
          label={t('cycleForm.reportLanguage')}
          hint={t('cycleForm.reportLanguageHint')}
          error={errors.reportLanguage?.message}
          registration={register('reportLanguage')}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={LANGUAGE_INFO[language].htmlLang}>
              {t(`languageNames.${language}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('full-text-url')}
          label={t('cycleForm.fullTextUrl')}
          hint={t('cycleForm.fullTextUrlHint')}
          optional
          type="url"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          error={errors.fullTextUrl?.message}
          registration={register('fullTextUrl')}
        />
      </div>
    </>
  );
}
