import { Injectable } from '@nestjs/common';
import {
  INTRODUCTION_PARAGRAPHS,
  type TCompiledReport,
  type TCycle,
  type TIntroductionDraft,
  type TLanguage,
} from '@replies/shared';
import { toIsoDate } from '../../common/dates';
import { conflict, notFound } from '../../common/domain-error';
import { appConfig } from '../../config/config';
import type { Tx } from '../../database/prisma.service';
import type { SessionUser } from '../auth/session-user';
import { HeavyWork } from '../../workers/heavy-work.service';
import { fullTextUrlOf, type FullTextAddresses, type WorkerCompilationInput } from '../../workers/heavy-work';
import { CompilationRepository } from './compilation.repository';
import {
  generatedIntroduction,
  type CompilationCycle,
  type CompilationInput,
  type CompilationReply,
} from './model/build-report';
import { FORMATS, type ReportFormat } from './render/render';

export { FORMATS, render } from './render/render';

export interface LoadedCycle {
  replies: CompilationReply[];
  previousReportYear: string | null;
}

/**
 * Where footnotes and length sentences send the reader: the office's page for the report when the
 * cycle gives one, else the portal's public address of each reply's full text (…/reports/<slug>/replies/<code>).
 */
export const fullTextAddressesFor = (cycle: Pick<TCycle, 'slug' | 'fullTextUrl'>): FullTextAddresses => ({
  base: `${appConfig().publicUrl}/reports/${cycle.slug}/replies`,
  fixed: cycle.fullTextUrl ?? null,
});

export const fullTextUrlFor = (cycle: Pick<TCycle, 'slug' | 'fullTextUrl'>) =>
  fullTextUrlOf(fullTextAddressesFor(cycle));

/** The cycle as the report model reads it; a cycle must name its office before a report can be compiled. */
export function compilationCycle(cycle: TCycle, previousReportYear: string | null): CompilationCycle {
  if (!cycle.office) throw conflict('OFFICE_MISSING', 'Name the office that compiles this report before compiling it.');
  return { ...cycle, office: cycle.office, previousReportYear };
}

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
    return {
      cycle: compilationCycle(cycle, previousReportYear),
      language,
      addendum,
      replies,
      fullTextUrl: fullTextUrlFor(cycle),
    };
  }

  /** The same input for a worker thread: the addresses travel as their common base, not as a function. */
  async workerInput(
    cycle: TCycle,
    language: TLanguage,
    addendum: 0 | 1,
    loaded?: LoadedCycle,
  ): Promise<WorkerCompilationInput> {
    const { fullTextUrl: _function, ...input } = await this.input(cycle, language, addendum, loaded);
    return { ...input, fullTextAddresses: fullTextAddressesFor(cycle) };
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

  /** The introduction's paragraphs in one language: what the portal generates beside what the editor wrote. */
  async introduction(cycle: TCycle, language: TLanguage): Promise<TIntroductionDraft> {
    const input = await this.input(cycle, language, 0);
    const generated = generatedIntroduction(input);
    return {
      language,
      paragraphs: INTRODUCTION_PARAGRAPHS.map((key) => ({
        key,
        generated: generated[key],
        text: cycle.introduction[language]?.[key]?.trim() || null,
      })),
    };
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
