import { useTranslation } from '../i18n/react';
import { compiledReportUrl, type TCompiledReport } from '../api/client';
import { LANGUAGE_INFO } from '../i18n/languages';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { NoValue } from '../ui/NoValue';
import { TableRegion } from '../ui/TableRegion';
import type { Loaded } from '../ui/useLoad';

const FORMAT_NAMES: Record<TCompiledReport['format'], string> = {
  HTML: 'HTML',
  DOCX: 'DOCX',
  MD: 'Markdown',
  JSON: 'JSON',
};

/** Every stored compilation of the report, newest first, each downloadable byte for byte. */
export function CompiledVersions({ slug, versions }: { slug: string; versions: Loaded<TCompiledReport[]> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = versions.data;
  const none = <NoValue />;
  const documentOf = (version: TCompiledReport) => {
    const document = t(version.addendum ? 'report.documents.addendum' : 'report.documents.report');
    return version.corrigendum ? t('report.versions.corrigendum', { document, number: version.corrigendum }) : document;
  };

  return (
    <section className="section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('report.versions.title')}</h2>
      <p className="muted">{t('report.versions.intro')}</p>
      {versions.error ? (
        <LoadFailedAlert intro={t('errors.loadFailed')} error={versions.error} onRetry={versions.reload} />
      ) : list === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('report.versions.empty')}</p>
      ) : (
        <>
          <p className="toolbar__count" id="versions-count">
            {t('report.versions.count', { count: list.length, shown: format.number(list.length) })}
          </p>
          <TableRegion
            labelledBy="versions-title versions-count"
            tall
            head={
              <>
                <th scope="col">{t('report.versions.columns.time')}</th>
                <th scope="col">{t('report.versions.columns.language')}</th>
                <th scope="col">{t('report.versions.columns.format')}</th>
                <th scope="col">{t('report.versions.columns.document')}</th>
                <th scope="col">{t('report.versions.columns.by')}</th>
                <th scope="col">{t('report.versions.columns.checksum')}</th>
                <th scope="col">{t('report.versions.columns.published')}</th>
                <th scope="col">{t('report.versions.columns.download')}</th>
              </>
            }
          >
            {list.map((version) => {
              const info = LANGUAGE_INFO[version.language];
              const when = format.dateTime(version.compiledAt);
              return (
                <tr key={version.id}>
                  <th scope="row" className="cell--nowrap">
                    {when}
                  </th>
                  <td lang={info.htmlLang} dir={info.dir}>
                    {info.autonym}
                  </td>
                  <td>{FORMAT_NAMES[version.format]}</td>
                  <td className="cell--nowrap">{documentOf(version)}</td>
                  <td>{version.compiledBy ?? none}</td>
                  <td>
                    <code className="checksum" title={version.checksum}>
                      {version.checksum.slice(0, 12)}
                    </code>
                  </td>
                  <td>
                    {version.publishedAt ? (
                      <span className="badge badge--on">{t('report.versions.published')}</span>
                    ) : (
                      none
                    )}
                  </td>
                  <td>
                    <a href={compiledReportUrl(slug, version.id)}>
                      {t('report.versions.download')}
                      <span className="visually-hidden">
                        {format.language === 'zh' ? '' : ' '}
                        {t('report.versions.downloadDetails', {
                          format: FORMAT_NAMES[version.format],
                          language: t(`languageNames.${version.language}`),
                          document: documentOf(version),
                          time: when,
                        })}
                      </span>
                    </a>
                  </td>
                </tr>
              );
            })}
          </TableRegion>
        </>
      )}
    </section>
  );
}
