import { useTranslation } from 'react-i18next';
import { compiledReportUrl, type TCompiledReport } from '../api/client';
import { LANGUAGE_INFO } from '../i18n/languages';
import { useMessages } from '../i18n/messages';
import { ErrorAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import type { Loaded } from '../ui/useLoad';

const FORMAT_NAMES: Record<TCompiledReport['format'], string> = { HTML: 'HTML', DOCX: 'DOCX', MD: 'Markdown', JSON: 'JSON' };

/** Every stored compilation of the report, newest first, each downloadable byte for byte. */
export function CompiledVersions({ slug, versions }: { slug: string; versions: Loaded<TCompiledReport[]> }) {
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
  const documentOf = (version: TCompiledReport) => {
    const document = t(version.addendum ? 'report.documents.addendum' : 'report.documents.report');
    return version.corrigendum ? t('report.versions.corrigendum', { document, number: version.corrigendum }) : document;
  };

  return (
    <section className="section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('report.versions.title')}</h2>
      <p className="muted">{t('report.versions.intro')}</p>
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
        <p>{t('report.versions.empty')}</p>
      ) : (
        <>
          <p className="toolbar__count" id="versions-count">
            {t('report.versions.count', { count: list.length, shown: format.number(list.length) })}
          </p>
          <div
            className="table-scroll table-scroll--tall"
            role="region"
            aria-labelledby="versions-title versions-count"
            tabIndex={0}
          >
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('report.versions.columns.time')}</th>
                  <th scope="col">{t('report.versions.columns.language')}</th>
                  <th scope="col">{t('report.versions.columns.format')}</th>
                  <th scope="col">{t('report.versions.columns.document')}</th>
                  <th scope="col">{t('report.versions.columns.by')}</th>
                  <th scope="col">{t('report.versions.columns.checksum')}</th>
                  <th scope="col">{t('report.versions.columns.published')}</th>
                  <th scope="col">{t('report.versions.columns.download')}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
