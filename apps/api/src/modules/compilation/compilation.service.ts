import { Injectable } from '@nestjs/common';
import type { TCompiledReport, TCycle, TLanguage } from '@replies/shared';
import { toIsoDate } from '../../common/dates';
import { notFound } from '../../common/domain-error';
import { appConfig } from '../../config/config';
import type { Tx } from '../../database/prisma.service';
import type { SessionUser } from '../auth/session-user';
import { HeavyWork } from '../../workers/heavy-work.service';
import type { WorkerCompilationInput } from '../../workers/heavy-work';
import { CompilationRepository } from './compilation.repository';
import type { CompilationInput, CompilationReply } from './model/build-report';
import { FORMATS, type ReportFormat } from './render/render';

export { FORMATS, render } from './render/render';

export interface LoadedCycle {
  replies: CompilationReply[];
  previousReportYear: string | null;
}

/** Where the public addresses of a cycle's replies start: …/reports/<slug>/replies. */
export const fullTextBaseFor = (cycle: Pick<TCycle, 'slug'>) =>
  `${appConfig().publicUrl}/reports/${cycle.slug}/replies`;

/** The public address of a reply's full text, printed in footnotes and length sentences. */
export const fullTextUrlFor = (cycle: Pick<TCycle, 'slug'>) => (entityCode: string) =>
  `${fullTextBaseFor(cycle)}/${entityCode}`;

@Injectable()
export class CompilationService {
  constructor(
    private readonly compilation: CompilationRepository,
    private readonly work: HeavyWork,
  ) {}

  /** What a compilation reads from the database, once, in the caller's transaction if given. */
  async load(cycle: TCycle, tx?: Tx): Promise<LoadedCycle> {
    const [replies, previousCutoff] = await Promise.all([
      this.compilation.replies(cycle.id, tx),
      cycle.previousCycle ? this.compilation.cutoffOf(cycle.previousCycle.id, tx) : null,
    ]);
    return { replies, previousReportYear: previousCutoff ? toIsoDate(previousCutoff).slice(0, 4) : null };
  }

  async input(cycle: TCycle, language: TLanguage, addendum: 0 | 1, loaded?: LoadedCycle): Promise<CompilationInput> {
    const { replies, previousReportYear } = loaded ?? (await this.load(cycle));
    return { cycle: { ...cycle, previousReportYear }, language, addendum, replies, fullTextUrl: fullTextUrlFor(cycle) };
  }

  /** The same input for a worker thread: the addresses travel as their common base, not as a function. */
  async workerInput(
    cycle: TCycle,
    language: TLanguage,
    addendum: 0 | 1,
    loaded?: LoadedCycle,
  ): Promise<WorkerCompilationInput> {
    const { fullTextUrl: _function, ...input } = await this.input(cycle, language, addendum, loaded);
    return { ...input, fullTextBase: fullTextBaseFor(cycle) };
  }

  /**
   * Compiles the report (or its addendum) in one language and format, in a worker thread, and stores
   * that version with its checksum once: compiling unchanged data again, even at the same moment,
   * returns the version already stored.
   */
  async compile(cycle: TCycle, language: TLanguage, format: ReportFormat, addendum: 0 | 1, user: SessionUser) {
    const compiled = await this.work.run({
      kind: 'compile',
      input: await this.workerInput(cycle, language, addendum),
      formats: [format],
    });
    const [file] = compiled.files;
    const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    const { checksum } = file;
    const stored = await this.compilation.storeOnce({
      cycleId: cycle.id,
      language,
      format,
      addendum,
      checksum,
      content: new Uint8Array(bytes),
      compiledById: user.id,
    });
    const symbol = compiled.symbol.replace(/\//g, '-');
    return {
      bytes,
      checksum,
      versionId: stored.id,
      fileName: `${symbol}-${language}.${FORMATS[format].extension}`,
      contentType: FORMATS[format].contentType,
    };
  }

  async checks(cycle: TCycle, language: TLanguage, addendum: 0 | 1) {
    const input = await this.workerInput(cycle, language, addendum);
    const { replyWordLimit, summaryWordLimit } = cycle;
    return this.work.run({ kind: 'checks', input, limits: { replyWordLimit, summaryWordLimit } });
  }

  async versions(cycle: TCycle): Promise<TCompiledReport[]> {
    const rows = await this.compilation.list(cycle.id);
    return rows.map((row) => ({
      id: row.id,
      language: row.language,
      format: row.format,
      addendum: row.addendum,
      corrigendum: row.corrigendum,
      checksum: row.checksum,
      compiledAt: row.compiledAt.toISOString(),
      compiledBy: row.compiledBy?.name ?? null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
    }));
  }

  async storedVersion(cycle: TCycle, id: string) {
    const row = await this.compilation.find(cycle.id, id);
    if (!row) throw notFound('This compiled version');
    const symbol = (row.addendum ? `${cycle.symbol}/Add.${row.addendum}` : cycle.symbol).replace(/\//g, '-');
    return {
      bytes: Buffer.from(row.content),
      checksum: row.checksum,
      contentType: FORMATS[row.format].contentType,
      fileName: `${symbol}-${row.language}.${FORMATS[row.format].extension}`,
    };
  }
}
