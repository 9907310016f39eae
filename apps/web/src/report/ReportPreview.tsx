import { useTranslation } from '../i18n/react';
import { reportUrl } from '../api/client';
import type { ReportChoice } from './choice';

interface ReportPreviewProps {
  slug: string;
  choice: ReportChoice;
  /** Changes when the editor asks to compile again: the frame is then loaded anew. */
  compilation: number;
  onLoaded: () => void;
}

/**
 * The report as the server renders it in HTML, in a frame: the server lets its own pages frame it
 * (frame-ancestors 'self'). Each change of language or document loads the frame anew.
 */
export function ReportPreview({ slug, choice, compilation, onLoaded }: ReportPreviewProps) {
  const { t } = useTranslation();
  const src = reportUrl(slug, { lang: choice.lang, format: 'html', addendum: choice.addendum });
  return (
    <div className="report-preview">
      <iframe
        key={`${src}#${compilation}`}
        className="report-preview__frame"
        src={src}
        title={t('report.preview.title')}
        onLoad={onLoaded}
      />
    </div>
  );
}
