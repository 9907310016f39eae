import { useTranslation } from '../i18n/react';

/** Where a value is missing: a dash to see, "None" to hear. */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('replies.none')}</span>
    </>
  );
}
