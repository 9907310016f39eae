import { useTranslation } from '../i18n/react';
import { Link, useRouteError } from 'react-router';
import { PageHeading } from '../ui/PageHeading';

/** A page failed while showing: say so plainly, keep the navigation, offer a reload. Saved work is on the server. */
export function PageError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <>
      <PageHeading title={t('pageError.title')}>{t('pageError.title')}</PageHeading>
      <p>{t('pageError.text')}</p>
      <p className="page-links page-links--row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('pageError.reload')}
        </button>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
