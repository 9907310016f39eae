import type { ReportDocument } from '../model/report-model';
import { renderDocx } from './docx';
import { renderHtmlPage } from './html';
import { renderMarkdown } from './markdown';

export type ReportFormat = 'HTML' | 'DOCX' | 'MD' | 'JSON';

export const FORMATS: Record<ReportFormat, { contentType: string; extension: string }> = {
  HTML: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  DOCX: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  MD: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  JSON: { contentType: 'application/json; charset=utf-8', extension: 'json' },
};

/** The report in one format. Pure: runs in the worker threads (see workers/heavy-work.ts). */
export async function render(document: ReportDocument, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'HTML':
      return Buffer.from(renderHtmlPage(document), 'utf8');
    case 'MD':
      return Buffer.from(renderMarkdown(document), 'utf8');
    case 'JSON':
      return Buffer.from(JSON.stringify(document, null, 2), 'utf8');
    case 'DOCX':
      return renderDocx(document);
  }
}
