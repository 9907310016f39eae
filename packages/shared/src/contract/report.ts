import { z } from 'zod';
import { LANGUAGES, ZLanguage } from '../languages';
import { ZPublishReport } from '../publishing';
import { REPORT_FORMATS, ZCompiledReport, ZIntroductionDraft, ZPublishResult, ZReportChecks } from '../responses';
import { fileResponse, route } from './route';

const REPORT_TYPES = [
  'application/json',
  'text/html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/markdown',
];

export const ZReportQuery = z.object({
  lang: ZLanguage.default('en'),
  format: z.enum(REPORT_FORMATS).default('json'),
  /** 1: the addendum (replies received after the cut-off). */
  addendum: z
    .enum(['0', '1'])
    .default('0')
    .transform((value) => (value === '1' ? 1 : 0)),
  /** 1: as an attachment (HTML and Markdown are otherwise shown). */
  download: z.enum(['0', '1']).optional(),
});

export const compilation = {
  report: route({
    method: 'GET',
    path: '/cycles/:cycle/report',
    summary:
      "The Secretary-General's report compiled from the accepted replies, in one language and format; each version is stored with its checksum.",
    query: ZReportQuery,
    response: fileResponse(
      'The compiled report; X-Report-Version names the stored version, X-Checksum-SHA256 its checksum.',
      ...REPORT_TYPES,
    ),
  }),
  checks: route({
    method: 'GET',
    path: '/cycles/:cycle/report/checks',
    summary:
      'Pre-publication checks: length against 8,500 words, missing translations, replies not accepted, names of other entities, decisions against the length rule.',
    query: ZReportQuery,
    response: ZReportChecks,
  }),
  introduction: route({
    method: 'GET',
    path: '/cycles/:cycle/report/introduction',
    summary:
      "The introduction's paragraphs in one language (mandate, requests, newInformationOnly, receivedAsAt, addenda): the generated text beside the editor's own.",
    query: ZReportQuery,
    response: ZIntroductionDraft,
  }),
  versions: route({
    method: 'GET',
    path: '/cycles/:cycle/reports',
    summary: 'Every stored compiled version: language, format, checksum, time and who compiled it.',
    response: z.array(ZCompiledReport),
  }),
  version: route({
    method: 'GET',
    path: '/cycles/:cycle/reports/:id',
    summary: 'A stored compiled version, byte for byte.',
    response: fileResponse('The stored version; X-Checksum-SHA256 is its checksum.', ...REPORT_TYPES),
  }),
};

export const publishing = {
  publish: route({
    method: 'POST',
    path: '/cycles/:cycle/publish',
    status: 201,
    summary:
      'Publish the report (or addendum) in the chosen languages and the full texts of its accepted replies; publishing again makes a corrigendum.',
    body: ZPublishReport,
    response: ZPublishResult,
  }),
};

export const ZExportQuery = z.object({ lang: z.enum(LANGUAGES).default('en') });

export const exports = {
  replies: route({
    method: 'GET',
    path: '/cycles/:cycle/export/:file',
    summary:
      'The review queue as a spreadsheet (replies.xlsx or replies.csv): one row per invited entity with its group, status, focal points, dates, language, words, decision and addendum; headings in ?lang=.',
    params: { file: z.enum(['replies.xlsx', 'replies.csv'], { error: 'Ask for replies.xlsx or replies.csv.' }) },
    query: ZExportQuery,
    response: fileResponse(
      'The spreadsheet.',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
    ),
  }),
};
