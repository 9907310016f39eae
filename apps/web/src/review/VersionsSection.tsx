import { useTranslation } from 'react-i18next';
import type { TReply, TReplyVersionInfo } from '@replies/shared';
import { useMessages } from '../i18n/messages';
import { ErrorAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import type { Loaded } from '../ui/useLoad';
import { VersionCompare } from './VersionCompare';

interface VersionsSectionProps {
  slug: string;
  entityCode: string;
  reply: TReply;
  versions: Loaded<TReplyVersionInfo[]>;
}

/** Every stored version of the reply (submissions, Secretariat entries, translations) and their comparison. */
export function VersionsSection({ slug, entityCode, reply, versions }: VersionsSectionProps) {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const format = useFormat();
  const list = versions.data;
  const none = (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('replies.none')}</span>
    </>
  );

  return (
    <section className="section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('review.versions.title')}</h2>
      {versions.error ? (
        <ErrorAlert>
          {t('errors.loadFailed')} {describeError(versions.error)}{' '}
          <button type="button" className="button button--small" onClick={versions.reload}>
            {t('errors.retry')}
          </button>
        </ErrorAlert>
      ) : list === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('review.versions.empty')}</p>
      ) : (
        <>
          <div className="table-scroll" role="region" aria-label={t('review.versions.listLabel')} tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col" className="cell--number">
                    {t('review.versions.columns.number')}
                  </th>
                  <th scope="col">{t('review.versions.columns.kind')}</th>
                  <th scope="col">{t('review.versions.columns.date')}</th>
                  <th scope="col">{t('review.versions.columns.by')}</th>
                  <th scope="col" className="cell--number">
                    {t('review.versions.columns.words')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((version) => (
                  <tr key={version.number}>
                    <th scope="row" className="cell--number">
                      {format.number(version.number)}
                    </th>
                    <td>
                      {version.language
                        ? t('review.versions.kindIn', {
                            kind: t(`review.versions.kinds.${version.kind}`),
                            language: t(`languageNames.${version.language}`),
                          })
                        : t(`review.versions.kinds.${version.kind}`)}
                    </td>
                    <td className="cell--nowrap">{format.dateTime(version.createdAt)}</td>
                    <td>{version.createdBy ?? none}</td>
                    <td className="cell--number">{version.words === null ? none : format.number(version.words)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.length >= 2 ? (
            // A new version (a translation saved) brings the comparison back to the last two.
            <VersionCompare key={list.length} slug={slug} entityCode={entityCode} reply={reply} versions={list} />
          ) : (
            <p className="muted versions-note">{t('review.versions.onlyOne')}</p>
          )}
        </>
      )}
    </section>
  );
}
