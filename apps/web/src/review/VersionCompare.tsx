import { useState } from 'react';
import { useTranslation } from '../i18n/react';
import { LANGUAGES, type TLanguage, type TReply, type TReplyVersionInfo } from '@replies/shared';
import { api } from '../api/client';
import { LoadFailedAlert } from '../ui/Alert';
import { useLoad } from '../ui/useLoad';
import { DiffText } from './DiffText';

interface VersionCompareProps {
  slug: string;
  entityCode: string;
  reply: TReply;
  /** At least two versions, oldest first. */
  versions: readonly TReplyVersionInfo[];
}

/** Two versions side by side in one language, as the API's word-by-word difference. */
export function VersionCompare({ slug, entityCode, reply, versions }: VersionCompareProps) {
  const { t } = useTranslation();
  const last = versions[versions.length - 1];
  const previous = versions[versions.length - 2];
  const [from, setFrom] = useState(previous.number);
  const [to, setTo] = useState(last.number);
  // The language of the latest version: the original after a submission, the translation after one.
  const [language, setLanguage] = useState<TLanguage>(last.language ?? reply.originalLanguage ?? 'en');
  const languages = LANGUAGES.filter(
    (code) =>
      code === reply.originalLanguage ||
      code === language ||
      reply.texts[code] !== undefined ||
      versions.some((version) => version.language === code),
  );

  const diff = useLoad(
    (signal) => api.review.diff(slug, entityCode, from, to, language, signal),
    `${from}:${to}:${language}`,
  );

  const versionOptions = versions.map((version) => (
    <option key={version.number} value={version.number}>
      {t('review.versions.option', { number: version.number })}
    </option>
  ));

  return (
    <div className="compare" role="group" aria-labelledby="compare-title">
      <h3 id="compare-title">{t('review.versions.compareTitle')}</h3>
      <div className="compare__controls">
        <div className="field field--inline">
          <label htmlFor="compare-from">{t('review.versions.from')}</label>
          <select id="compare-from" value={from} onChange={(event) => setFrom(Number(event.target.value))}>
            {versionOptions}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="compare-to">{t('review.versions.to')}</label>
          <select id="compare-to" value={to} onChange={(event) => setTo(Number(event.target.value))}>
            {versionOptions}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="compare-language">{t('review.versions.language')}</label>
          <select
            id="compare-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value as TLanguage)}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {t(`languageNames.${code}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted diff-legend">{t('review.versions.legend')}</p>
      {diff.error ? (
        <LoadFailedAlert error={diff.error} onRetry={diff.reload} />
      ) : diff.data === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <>
          <DiffText
            id="diff-body"
            label={t('review.versions.body')}
            parts={diff.data.body}
            language={diff.data.language}
          />
          <DiffText
            id="diff-summary"
            label={t('review.versions.summary')}
            parts={diff.data.summary}
            language={diff.data.language}
          />
        </>
      )}
    </div>
  );
}
