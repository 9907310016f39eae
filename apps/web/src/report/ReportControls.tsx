import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import { LANGUAGES, type TLanguage } from '@replies/shared';
import { reportUrl, type TReportFormat } from '../api/client';
import { LANGUAGE_INFO } from '../i18n/languages';
import type { ReportChoice } from './choice';

interface ReportControlsProps {
  slug: string;
  choice: ReportChoice;
  onChange: (choice: ReportChoice) => void;
  onCompileAgain: () => void;
  /** A download compiles the report and stores a version: the list of versions is loaded again after it. */
  onDownload: () => void;
}

const DOWNLOADS = [
  { format: 'docx', key: 'docx' },
  { format: 'md', key: 'markdown' },
  { format: 'html', key: 'html' },
] as const satisfies readonly { format: TReportFormat; key: string }[];

/** The language and document of the report, its downloads in three formats, and "compile again". */
export function ReportControls({ slug, choice, onChange, onCompileAgain, onDownload }: ReportControlsProps) {
  const { t } = useTranslation();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const downloaded = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(onDownload, 2000);
  };

  return (
    <div className="report-controls card">
      <div className="report-controls__choice">
        <div className="field field--auto">
          <label htmlFor="report-language">{t('report.controls.language')}</label>
          <select
            id="report-language"
            value={choice.lang}
            onChange={(event) => onChange({ ...choice, lang: event.target.value as TLanguage })}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={LANGUAGE_INFO[code].htmlLang} dir={LANGUAGE_INFO[code].dir}>
                {LANGUAGE_INFO[code].autonym}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--auto">
          <label htmlFor="report-document">{t('report.controls.document')}</label>
          <select
            id="report-document"
            value={String(choice.addendum)}
            onChange={(event) => onChange({ ...choice, addendum: event.target.value === '1' ? 1 : 0 })}
          >
            <option value="0">{t('report.documents.report')}</option>
            <option value="1">{t('report.documents.addendum')}</option>
          </select>
        </div>
        <button type="button" className="button button--quiet report-controls__again" onClick={onCompileAgain}>
          {t('report.controls.compileAgain')}
        </button>
      </div>
      <ul className="report-downloads" aria-label={t('report.controls.downloads')}>
        {DOWNLOADS.map(({ format, key }) => (
          <li key={format}>
            <a
              href={reportUrl(slug, { lang: choice.lang, format, addendum: choice.addendum, download: true })}
              onClick={downloaded}
            >
              {t(`report.controls.${key}`)}
            </a>
          </li>
        ))}
        <li>
          <a
            href={reportUrl(slug, { lang: choice.lang, format: 'html', addendum: choice.addendum })}
            target="_blank"
            rel="noopener"
          >
            {t('report.controls.newTab')}
          </a>
        </li>
      </ul>
    </div>
  );
}
