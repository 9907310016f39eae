import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import type { TLanguage, TMissingCycleField } from '@replies/shared';
import { useUser } from '../auth/session';
import { cycleFieldHref } from '../cycles/text';

export const fieldKey = (item: TMissingCycleField) =>
  [item.field, 'language' in item ? item.language : '', 'paragraph' in item ? item.paragraph : ''].join('/');

/** One field the report lacks, linked to the very input that completes it. */
export function MissingField({ slug, item }: { slug: string; item: TMissingCycleField }) {
  const { t } = useTranslation();
  const user = useUser();
  const language = 'language' in item ? t(`languageNames.${item.language}`) : '';
  switch (item.field) {
    case 'issuedOn':
      return <Link to={cycleFieldHref(slug, 'issuedOn')}>{t('report.checks.cycleFields.issuedOn')}</Link>;
    case 'introduction':
      return (
        <Link to={cycleFieldHref(slug, 'introduction', item.language, item.paragraph)}>
          {t('report.checks.cycleFields.introduction', {
            paragraph: t(`introduction.paragraphs.${item.paragraph}`),
            language,
          })}
        </Link>
      );
    case 'officeName': {
      const label = t('report.checks.cycleFields.officeName', { office: item.officeCode, language });
      // Offices are the administrators' to complete.
      return user.role === 'ADMIN' ? (
        <Link to={`/admin/offices?office=${encodeURIComponent(item.officeCode)}&lang=${item.language}`}>{label}</Link>
      ) : (
        <>
          {label} — {t('report.checks.cycleFields.officeNameHint')}
        </>
      );
    }
    default:
      return (
        <Link to={cycleFieldHref(slug, item.field, item.language)}>
          {t(`report.checks.cycleFields.${item.field}`, { language })}
        </Link>
      );
  }
}

/** An entity's name missing in the report's language: a link to it for administrators, who complete names. */
export function MissingName({ entityCode, language }: { entityCode: string; language: TLanguage }) {
  const { t } = useTranslation();
  const user = useUser();
  return user.role === 'ADMIN' ? (
    <Link to={`/admin/entities?entity=${encodeURIComponent(entityCode)}&lang=${language}`}>
      {t('report.checks.what.name')}
    </Link>
  ) : (
    <>
      {t('report.checks.what.name')} ({t('report.checks.nameHint')})
    </>
  );
}
