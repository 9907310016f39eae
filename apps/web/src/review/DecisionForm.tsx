import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../i18n/react';
import { DECISIONS, ZAcceptReply, type TDecision, type TReply } from '@replies/shared';
import { ApiError, api } from '../api/client';
import { useMessages } from '../i18n/messages';
import { ErrorSummary } from '../ui/ErrorSummary';
import { NoMailServerNotice } from '../mail/NoMailServerNotice';
import { TextAreaField } from '../ui/Field';
import { placeFieldErrors, useFocusAfterSubmit } from '../ui/forms';
import { FormSubmit } from '../ui/FormSubmit';

const FIELDS = ['decision', 'reason'] as const;

/** The API's own words when SUMMARY is chosen for a reply without one (translated by the messages). */
const NO_SUMMARY = 'This reply has no executive summary to reproduce.';

interface DecisionFormProps {
  slug: string;
  entityCode: string;
  /** A submitted reply. */
  reply: TReply;
  onAccepted: (reply: TReply) => void;
  /** 409: accepted by another editor meanwhile, or no longer submitted. */
  onConflict: (error: ApiError) => void;
}

/**
 * Accepts a submitted reply with how the report shows it. The length rule's proposal is preselected;
 * choosing otherwise asks for the reason, which is kept with the decision.
 */
export function DecisionForm({ slug, entityCode, reply, onAccepted, onConflict }: DecisionFormProps) {
  const { t } = useTranslation();
  const { message } = useMessages();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const proposed: TDecision = reply.lengthCheck?.proposedDecision ?? 'FULL';
  const hasSummary = reply.lengthCheck?.hasSummary ?? false;
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(ZAcceptReply),
    defaultValues: { decision: proposed, reason: '' },
    // The error summary takes the focus, not the first invalid field.
    shouldFocusError: false,
  });
  useFocusAfterSubmit(formRef, isSubmitting);
  const decision = useWatch({ control, name: 'decision' });
  const overriding = decision !== proposed;
  const proposedLabel = t(`decisions.${proposed}`);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const reason = overriding ? values.reason?.trim() : undefined;
    if (overriding && !reason) {
      setError('reason', { type: 'required', message: t('review.decision.reasonRequired') });
      return;
    }
    if (values.decision === 'SUMMARY' && !hasSummary) {
      setError('decision', { type: 'validate', message: NO_SUMMARY });
      return;
    }
    try {
      onAccepted(
        await api.review.accept(slug, entityCode, { decision: values.decision, ...(reason ? { reason } : {}) }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        onConflict(error);
        return;
      }
      if (placeFieldErrors(error, setError, FIELDS)) return;
      setFailure(error);
    }
  });

  const decisionError = errors.decision?.message;

  return (
    <form ref={formRef} className="card form" onSubmit={onSubmit} noValidate aria-labelledby="decision-title">
      <fieldset className="form__fieldset" disabled={isSubmitting}>
        <NoMailServerNotice />
        <ErrorSummary
          errors={errors}
          fieldIds={{ decision: `decision-${DECISIONS[0]}` }}
          failure={failure}
          attempt={submitCount}
          busy={isSubmitting}
        />
        <fieldset
          className={decisionError ? 'group group--invalid' : 'group'}
          aria-describedby={decisionError ? 'decision-error' : undefined}
        >
          <legend>{t('review.decision.legend')}</legend>
          <div className="checkbox-row">
            {DECISIONS.map((value) => (
              <div className="checkbox" key={value}>
                <input
                  id={`decision-${value}`}
                  type="radio"
                  value={value}
                  aria-invalid={decisionError ? true : undefined}
                  aria-describedby={value === proposed ? 'decision-proposed' : undefined}
                  {...register('decision')}
                />
                <label htmlFor={`decision-${value}`}>{t(`decisions.${value}`)}</label>
                {value === proposed && (
                  <span className="tag" id="decision-proposed">
                    {t('review.decision.proposedTag')}
                  </span>
                )}
              </div>
            ))}
          </div>
          {decisionError && (
            <p className="field__error" id="decision-error">
              {message(decisionError)}
            </p>
          )}
        </fieldset>

        {overriding && (
          <TextAreaField
            id="decision-reason"
            label={t('review.decision.reason')}
            hint={t('review.decision.proposedHint', { decision: proposedLabel })}
            rows={3}
            required
            error={errors.reason?.message}
            registration={register('reason', { shouldUnregister: true })}
          />
        )}

        <FormSubmit label={t('review.decision.submit')} />
      </fieldset>
    </form>
  );
}
