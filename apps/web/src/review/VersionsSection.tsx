import { useTranslation } from '../i18n/react';
import type { TReply, TReplyVersionInfo } from '@replies/shared';
import { versionOriginalUrl } from '../api/client';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { NoValue } from '../ui/NoValue';
import { TableRegion } from '../ui/TableRegion';
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
  const format = useFormat();
  const list = versions.data;
  const none = <NoValue />;

  return (
    <section className="section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('review.versions.title')}</h2>
      {versions.error ? (
        <LoadFailedAlert intro={t('errors.loadFailed')} error={versions.error} onRetry={versions.reload} />
      ) : list === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('review.versions.empty')}</p>
      ) : (
        <>
          <TableRegion
            label={t('review.versions.listLabel')}
            head={
              <>
                <th scope="col" className="cell--number">
                  {t('review.versions.columns.number')}
                </th>
                <th scope="col">{t('review.versions.columns.kind')}</th>
                <th scope="col">{t('review.versions.columns.date')}</th>
                <th scope="col">{t('review.versions.columns.by')}</th>
                <th scope="col" className="cell--number">
                  {t('review.versions.columns.words')}
                </th>
                <th scope="col">{t('review.versions.columns.original')}</th>
              </>
            }
          >
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
                <td>
                  {version.attachment ? (
                    // Each submission's own file: the one sent with that very version.
                    <a
                      href={versionOriginalUrl(slug, entityCode, version.number)}
                      download={version.attachment.fileName}
                    >
                      {version.attachment.fileName}
                    </a>
                  ) : (
                    none
                  )}
                </td>
              </tr>
            ))}
          </TableRegion>
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
