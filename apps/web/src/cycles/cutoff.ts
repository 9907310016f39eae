import { useCallback } from 'react';
import { useTranslation } from '../i18n/react';

/** "23 days to the cut-off" (Secretariat) or "23 days left" (focal point); today; or passed. */
export function useCutoffText() {
  const { t } = useTranslation();
  return useCallback(
    (days: number, style: 'toCutoff' | 'left') => {
      if (days < 0) return t('cycle.cutoffPassed');
      if (days === 0) return t('cycle.cutoffToday');
      return style === 'left' ? t('cycle.daysLeft', { count: days }) : t('cycle.daysToCutoff', { count: days });
    },
    [t],
  );
}
