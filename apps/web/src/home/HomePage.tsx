import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { useUser } from '../auth/session';
import { entityName } from '../entities/names';
import { useEntities } from '../entities/store';
import { asLanguage } from '../i18n/languages';
import { PageHeading } from '../ui/PageHeading';
import { FocalPointRequests } from './FocalPointRequests';

/** Who the user is and for whom they answer. */
function RoleLine() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  if (user.role === 'ADMIN') return <p className="lead">{t('home.admin')}</p>;
  if (user.role === 'EDITOR') return <p className="lead">{t('home.editor')}</p>;
  if (!user.entityCode) return <p className="lead">{t('home.focalPointWithoutEntity')}</p>;
  return <FocalPointLine code={user.entityCode} language={asLanguage(i18n.resolvedLanguage)} />;
}

function FocalPointLine({ code, language }: { code: string; language: ReturnType<typeof asLanguage> }) {
  const { t } = useTranslation();
  const { status, entities } = useEntities();
  const entity = entities.find((e) => e.code === code);
  if (!entity && (status === 'idle' || status === 'loading')) return <p className="lead" aria-busy="true" />;
  // Without the list (error) or without this entity in it, the code still says for whom the user answers.
  const name = entity ? entityName(entity, language).text : code;
  return <p className="lead">{t('home.focalPointFor', { entity: name })}</p>;
}

export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.welcome', { name: user.name })}</PageHeading>
      <RoleLine />
      {user.role === 'FOCAL_POINT' && user.entityCode && <FocalPointRequests entityCode={user.entityCode} />}
      {(user.role === 'EDITOR' || user.role === 'ADMIN') && (
        <p>
          {t('home.cyclesPointer')} <Link to="/cycles">{t('home.cyclesLink')}</Link>
        </p>
      )}
    </>
  );
}
