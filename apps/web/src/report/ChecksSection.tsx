import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { ReplyStatusText } from '../cycles/ReplyStatusText';
import { reviewHref } from '../cycles/text';
import { LANGUAGE_INFO } from '../i18n/languages';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import type { Loaded } from '../ui/useLoad';
import { pointsToLookAt, type ChecksByLanguage } from './checks';
import { CheckGroup } from './CheckGroup';
import { fieldKey, MissingField, MissingName } from './MissingField';
import type { ReportChoice } from './choice';

interface ChecksSectionProps {
  slug: string;
  choice: ReportChoice;
  checks: Loaded<ChecksByLanguage>;
}

/** What to look at before publishing the report in the chosen language, each finding linked to its reply. */
export function ChecksSection({ slug, choice, checks }: ChecksSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = checks.data?.[choice.lang];
  const error = checks.error ?? shown?.error;
  const result = shown?.checks ?? null;
  // Names come in the language of the report.
  const { htmlLang, dir } = LANGUAGE_INFO[choice.lang];
  const entry = (entityCode: string, name: string) => (
    <Link to={reviewHref(slug, entityCode)}>
      <bdi lang={htmlLang} dir={dir}>
        {name}
      </bdi>
    </Link>
  );
  const points = result ? pointsToLookAt(result) : 0;
  const over = result ? result.words - result.wordLimit : 0;

  return (
    <section className="section report-checks" role="region" aria-labelledby="checks-title">
      <h2 id="checks-title">{t('report.checks.title')}</h2>
      <p className="muted">
        {t('report.checks.of', {
          document: t(choice.addendum ? 'report.documents.addendum' : 'report.documents.report'),
          language: t(`languageNames.${choice.lang}`),
        })}
      </p>
      {error ? (
        <LoadFailedAlert intro={t('report.checks.failed')} error={error} onRetry={checks.reload} />
      ) : result === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <>
          <p className={points ? 'checks-summary checks-summary--found' : 'checks-summary'} aria-live="polite">
            {points
              ? t('report.checks.points', { count: points, shown: format.number(points) })
              : t('report.checks.allClear')}
          </p>
          <div className={result.overWordLimit ? 'check check--found' : 'check'}>
            <p className="check-length">
              {t('report.checks.length', {
                count: result.words,
                words: format.number(result.words),
                limit: format.number(result.wordLimit),
              })}
            </p>
            {result.overWordLimit && (
              <p className="check-warning">
                <span aria-hidden="true">⚠ </span>
                {t('report.checks.over', {
                  count: over,
                  over: format.number(over),
                  limit: format.number(result.wordLimit),
                })}
              </p>
            )}
          </div>

          <CheckGroup
            id="check-translations"
            title={t('report.checks.missingTranslations')}
            count={result.missingTranslations.length}
          >
            {result.missingTranslations.map((item) => (
              <li key={`${item.entityCode}/${item.what}`}>
                {entry(item.entityCode, item.name)} —{' '}
                {item.what === 'name' ? (
                  <MissingName entityCode={item.entityCode} language={choice.lang} />
                ) : (
                  t(`report.checks.what.${item.what}`)
                )}
              </li>
            ))}
          </CheckGroup>
          <CheckGroup
            id="check-cycle"
            title={t('report.checks.missingCycleTexts')}
            count={result.missingCycleFields.length}
          >
            {result.missingCycleFields.map((item) => (
              <li key={fieldKey(item)}>
                <MissingField slug={slug} item={item} />
              </li>
            ))}
          </CheckGroup>
          <CheckGroup id="check-not-accepted" title={t('report.checks.notAccepted')} count={result.notAccepted.length}>
            {result.notAccepted.map((item) => (
              <li key={item.entityCode}>
                {entry(item.entityCode, item.name)} — <ReplyStatusText status={item.status} />
              </li>
            ))}
          </CheckGroup>
          <CheckGroup
            id="check-names"
            title={t('report.checks.namesOtherEntity')}
            count={result.namesOtherEntity.length}
          >
            {result.namesOtherEntity.map((item) => (
              <li key={item.entityCode}>
                {entry(item.entityCode, item.name)} — {t('report.checks.mentions')}{' '}
                {item.mentions.map((mention, index) => (
                  <span key={mention}>
                    {index > 0 && t('list.separator')}
                    <bdi lang={htmlLang} dir={dir}>
                      {mention}
                    </bdi>
                  </span>
                ))}
              </li>
            ))}
          </CheckGroup>
          <CheckGroup
            id="check-decisions"
            title={t('report.checks.contradictions')}
            count={result.contradictions.length}
          >
            {result.contradictions.map((item) => (
              <li key={item.entityCode}>
                {entry(item.entityCode, item.name)} —{' '}
                {t('report.checks.decision', {
                  decision: t(`decisions.${item.decision}`),
                  proposed: t(`decisions.${item.proposed}`),
                })}
              </li>
            ))}
          </CheckGroup>
        </>
      )}
    </section>
  );
}
