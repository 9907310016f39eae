import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { TCycle } from '@replies/shared';
import type { TCompiledReport, TPublishResult } from '../api/client';
import { useFormat } from '../ui/format';
import type { Loaded } from '../ui/useLoad';
import { readyLanguages, type ChecksByLanguage } from './checks';
import type { ReportChoice } from './choice';
import { PublishForm } from './PublishForm';
import { publicReportHref } from './publication';

interface PublishSectionProps {
  cycle: TCycle;
  choice: ReportChoice;
  checks: Loaded<ChecksByLanguage>;
  versions: TCompiledReport[] | null;
  onPublished: () => void;
}

/** Publishes the report (or addendum) in the chosen languages, and says where it can now be read. */
export function PublishSection({ cycle, choice, checks, versions, onPublished }: PublishSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [published, setPublished] = useState<TPublishResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // The confirmation that held the focus is gone: the focus goes to the result, which is read out.
  useEffect(() => {
    if (published) resultRef.current?.focus();
  }, [published]);

  // The public page opens in the language previewed when it was published, else in the first one published.
  const publicLanguage = published
    ? published.languages.includes(choice.lang)
      ? choice.lang
      : published.languages[0]
    : null;
  const checksReady = checks.data !== null || checks.error !== null;

  return (
    <section className="section" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('report.publish.title')}</h2>
      <p className="muted">{t('report.publish.intro')}</p>
      <div ref={resultRef} tabIndex={-1} className="publish-result" role="status">
        {published && publicLanguage && (
          <p className="status-message status-message--visible">
            {t('report.publish.done', {
              symbol: published.symbol,
              date: format.date(published.publishedAt.slice(0, 10)),
            })}{' '}
            <a href={publicReportHref(cycle.symbol, published.addendum, publicLanguage)}>
              {t('report.publish.openPublic')}
            </a>
          </p>
        )}
      </div>
      {checksReady ? (
        <PublishForm
          // Another document starts from its own checks.
          key={choice.addendum}
          cycle={cycle}
          addendum={choice.addendum}
          defaultLanguages={readyLanguages(checks.data)}
          checks={checks.data}
          versions={versions}
          onPublished={(result) => {
            setPublished(result);
            onPublished();
          }}
          onStart={() => setPublished(null)}
        />
      ) : (
        <p className="loading">{t('app.loading')}</p>
      )}
    </section>
  );
}
