import { Readable } from 'node:stream';
import type { TLanguage } from '@replies/shared';
import { ZipFile } from 'yazl';
import { CSV_COLUMNS, toCsv, zipPaths, type OpenDataSet } from './pages/open-data';

export interface ZipReply {
  code: string;
  originalLanguage: TLanguage;
  texts: { language: TLanguage; body: string; summary: string | null }[];
  file: { id: string; mediaType: string } | null;
}

export interface FullTextsZipInput {
  /** "A-65-99-full-texts": the one folder the archive unpacks into. */
  folder: string;
  data: OpenDataSet;
  replies: ZipReply[];
  /** Every entry carries the publication's date, so the same publication always gives the same bytes. */
  mtime: Date;
  /** Reads an uploaded original when the archive reaches it: one file in memory at a time. */
  readFile: (id: string) => Promise<Buffer>;
}

export function zipReadme(data: OpenDataSet): string {
  const { report } = data;
  return `# ${report.publishedSymbol}: full texts of the replies

${report.title.en ?? Object.values(report.title)[0] ?? ''}

Published ${report.publishedAt} in ${report.languages.join(', ')}. The report: ${report.url}

This archive holds every reply published with the report, as published: ${data.replies.length} replies.

## Files

- \`replies.csv\` and \`replies.json\`: one entry per reply (the same lists as \`replies.csv\` and
  \`replies.json\` beside the report on the web).
- \`<CODE>/text-<language>-original.txt\`: the full text in the language the sender wrote it in.
- \`<CODE>/text-<language>-translation.txt\`: a translation published by the Secretariat.
- \`<CODE>/summary-<language>-….txt\`: the executive summary, where one was provided.
- \`<CODE>/original-file.docx\` or \`.pdf\`: the file as the sender submitted it, unchanged
  (its name as received and its SHA-256 are in replies.csv).

<CODE> is the ISO 3166 alpha-3 code of a State, or the portal's code of an organization.
Languages are ar (Arabic), zh (Chinese), en (English), fr (French), ru (Russian), es (Spanish).
Texts are UTF-8 plain text. replies.csv is UTF-8 with a byte-order mark.

## Columns of replies.csv

${CSV_COLUMNS.map((column) => `- ${column}`).join('\n')}

The meaning of each field is given in the portal's README, section "Open data".
`;
}

/** full-texts.zip: a README, the lists, every published text and every original file, streamed. */
export function fullTextsZip(input: FullTextsZipInput): Readable {
  const zip = new ZipFile();
  const at = (path: string) => `${input.folder}/${path}`;
  const options = { mtime: input.mtime, compress: true };
  zip.addBuffer(Buffer.from(zipReadme(input.data), 'utf8'), at('README.md'), options);
  zip.addBuffer(Buffer.from(toCsv(input.data), 'utf8'), at('replies.csv'), options);
  zip.addBuffer(Buffer.from(JSON.stringify(input.data, null, 2), 'utf8'), at('replies.json'), options);
  for (const reply of input.replies) {
    for (const text of reply.texts) {
      const original = text.language === reply.originalLanguage;
      zip.addBuffer(Buffer.from(text.body, 'utf8'), at(zipPaths.text(reply.code, text.language, original)), options);
      if (text.summary)
        zip.addBuffer(
          Buffer.from(text.summary, 'utf8'),
          at(zipPaths.summary(reply.code, text.language, original)),
          options,
        );
    }
    const file = reply.file;
    if (file) {
      // DOCX and PDF are compressed already.
      zip.addReadStreamLazy(
        at(zipPaths.original(reply.code, file.mediaType)),
        { mtime: input.mtime, compress: false },
        (callback) => {
          input.readFile(file.id).then(
            (bytes) => callback(null, Readable.from([bytes])),
            (error: Error) => callback(error, undefined as never),
          );
        },
      );
    }
  }
  zip.end();
  return zip.outputStream as Readable;
}
