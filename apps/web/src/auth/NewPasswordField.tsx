import { useEffect, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from '../i18n/react';
import { PASSWORD_MIN_LENGTH } from '@replies/shared';
import { TextField } from '../ui/Field';
import { passwordStrength, type Strength } from './password-strength';

interface NewPasswordFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  required?: boolean;
  /** May be left empty (an invited account chooses its own): the label says so. */
  optional?: boolean;
  /** Said before the rule (e.g. "Leave empty to send an activation link."). */
  hint?: string;
  /** Words of the account (e-mail, name) that make a password easy to guess. */
  userInputs?: string[];
  registration: UseFormRegisterReturn;
}

const LEVELS = ['veryWeak', 'weak', 'fair', 'strong', 'veryStrong'] as const;

/** A password being chosen, with the rule and a strength meter computed in the browser. */
export function NewPasswordField({
  id,
  label,
  value,
  error,
  required,
  optional,
  hint,
  userInputs = [],
  registration,
}: NewPasswordFieldProps) {
  const { t } = useTranslation();
  const [strength, setStrength] = useState<Strength | null>(null);
  const inputs = userInputs.join('\n');

  useEffect(() => {
    if (!value) {
      setStrength(null);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      passwordStrength(value, inputs ? inputs.split('\n') : []).then(
        (score) =>
          current && setStrength(value.length < PASSWORD_MIN_LENGTH ? (Math.min(score, 1) as Strength) : score),
        () => undefined,
      );
    }, 150);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [value, inputs]);

  const rule = t('password.rule', { min: PASSWORD_MIN_LENGTH });
  return (
    <div className="new-password">
      <TextField
        id={id}
        label={label}
        type="password"
        autoComplete="new-password"
        required={required}
        optional={optional}
        hint={hint ? `${hint} ${rule}` : rule}
        error={error}
        registration={registration}
      />
      <div className="strength" aria-live="polite">
        <meter
          id={`${id}-strength`}
          min={0}
          max={4}
          low={2}
          high={3}
          optimum={4}
          value={strength ?? 0}
          aria-label={t('password.strengthLabel')}
          hidden={strength === null}
        />
        {strength !== null && (
          <span className={`strength__text strength__text--${LEVELS[strength]}`}>
            {t('password.strengthLabel')}: {t(`password.levels.${LEVELS[strength]}`)}
          </span>
        )}
      </div>
    </div>
  );
}
