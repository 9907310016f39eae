import { createHash } from 'node:crypto';
import {
  diffTexts,
  findRepeatedPassages,
  type TDiffPart,
  type TErrorCode,
  type TRepeatedPassage,
} from '@replies/shared';
import { buildReport, repliesInScope, type CompilationInput } from '../modules/compilation/model/build-report';
import { reportChecks, type ReportChecks } from '../modules/compilation/model/checks';
import type { ReportDocument } from '../modules/compilation/model/report-model';
import { render, type ReportFormat } from '../modules/compilation/render/render';
import { extractDocxText } from '../modules/replies/originals/extract-docx-text';
import { inspectOriginal, type InspectedOriginal } from '../modules/replies/originals/inspect-original';
import { OriginalRejected } from '../modules/replies/originals/original-rejected';

/**
 * The work that may take long on a large or hostile input, run in worker threads so that the
 * request loop stays free: compiling and rendering reports, comparing texts, reading uploaded Word
 * files. Everything here is pure (no Nest, no Prisma) and crosses the thread boundary by structured
 * clone, so a compilation input carries the base of its full-text addresses instead of a function.
 */
export type WorkerCompilationInput = Omit<CompilationInput, 'fullTextUrl'> & { fullTextAddresses: FullTextAddresses };

/** The office's page for the report (`fixed`), or each reply's own address under `base`. */
export interface FullTextAddresses {
  base: string;
  fixed: string | null;
}

export const fullTextUrlOf =
  ({ base, fixed }: FullTextAddresses) =>
  (entityCode: string) =>
    fixed ?? `${base}/${entityCode}`;

export interface RenderedFile {
  format: ReportFormat;
  bytes: Uint8Array;
  checksum: string;
}

export type HeavyTask =
  | { kind: 'compile'; input: WorkerCompilationInput; formats: ReportFormat[] }
  /** A report already compiled (its JSON format, as a publication froze it) rendered in another format. */
  | { kind: 'render'; document: string; format: ReportFormat }
  | { kind: 'checks'; input: WorkerCompilationInput; limits: { replyWordLimit: number; summaryWordLimit: number } }
  | { kind: 'repetitions'; current: string; previous: string }
  | { kind: 'diff'; pairs: { before: string; after: string }[] }
  | { kind: 'readOriginal'; bytes: Uint8Array; fileName: string; mediaType: string };

export interface CompiledReport {
  symbol: string;
  files: RenderedFile[];
  /** Codes of the entities whose replies the report (or addendum) covers. */
  inScope: string[];
}

export type OriginalReading =
  | { ok: true; inspected: InspectedOriginal; extractedText: string | null }
  | { ok: false; status: number; code: TErrorCode; message: string };

export interface HeavyResults {
  compile: CompiledReport;
  render: RenderedFile;
  checks: ReportChecks;
  repetitions: TRepeatedPassage[];
  diff: TDiffPart[][];
  readOriginal: OriginalReading;
}

export const withAddresses = (input: WorkerCompilationInput): CompilationInput => {
  const { fullTextAddresses, ...rest } = input;
  return { ...rest, fullTextUrl: fullTextUrlOf(fullTextAddresses) };
};

export async function perform(task: HeavyTask): Promise<HeavyResults[HeavyTask['kind']]> {
  switch (task.kind) {
    case 'compile': {
      const input = withAddresses(task.input);
      const document = buildReport(input);
      const files: RenderedFile[] = [];
      for (const format of task.formats) {
        const bytes = await render(document, format);
        files.push({ format, bytes, checksum: createHash('sha256').update(bytes).digest('hex') });
      }
      return { symbol: document.symbol, files, inScope: repliesInScope(input).map((r) => r.entity.code) };
    }
    case 'render': {
      // The JSON format is the whole model, so a format rendered from it is the one compiled with it.
      const bytes = await render(JSON.parse(task.document) as ReportDocument, task.format);
      return { format: task.format, bytes, checksum: createHash('sha256').update(bytes).digest('hex') };
    }
    case 'checks': {
      const input = withAddresses(task.input);
      return reportChecks({ ...input, limits: task.limits }, buildReport(input));
    }
    case 'repetitions':
      return findRepeatedPassages(task.current, task.previous);
    case 'diff':
      return task.pairs.map(({ before, after }) => diffTexts(before, after));
    case 'readOriginal':
      return readOriginal(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), task);
  }
}

async function readOriginal(
  bytes: Buffer,
  declared: { fileName: string; mediaType: string },
): Promise<OriginalReading> {
  try {
    const inspected = await inspectOriginal(bytes, declared);
    const extractedText = inspected.kind === 'DOCX' ? await extractDocxText(bytes) : null;
    return { ok: true, inspected, extractedText };
  } catch (error) {
    // Errors lose their class between threads: a refusal travels as data.
    if (error instanceof OriginalRejected)
      return { ok: false, status: error.status, code: error.code, message: error.message };
    throw error;
  }
}
