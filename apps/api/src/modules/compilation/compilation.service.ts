import { createHash } from 'node:crypto';
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
import { compilerVersion, ReportCache } from './report-cache';
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

export interface CompiledFile {
  bytes: Buffer;
  checksum: string;
  versionId: string;
  fileName: string;
  contentType: string;
}

/** The stored data's fingerprint, with what else shapes the output: the compiling code and the public address. */
const reportDataVersion = (stored: string) =>
  createHash('sha256').update(`${stored}|${compilerVersion()}|${appConfig().publicUrl}`).digest('hex').slice(0, 32);

/** Memory for compiled reports in each process (a 250-reply report in JSON is about 1 MB). */
const CACHE_BYTES = 64 * 1024 * 1024;

@Injectable()
export class CompilationService {
  private readonly cache = new ReportCache<CompiledFile>(CACHE_BYTES);

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
   * The report (or its addendum) in one language and format. Compiled in a worker thread and stored
   * with its checksum once (compiling unchanged data again, even at the same moment, returns the version
   * already stored); served without compiling while nothing it reads has changed: from this process's
   * memory, or from the version another process stored for the same data version.
   */
  async compile(
    cycle: TCycle,
    language: TLanguage,
    format: ReportFormat,
    addendum: 0 | 1,
    user: SessionUser,
  ): Promise<CompiledFile> {
    const symbol = (addendum ? `${cycle.symbol}/Add.${addendum}` : cycle.symbol).replace(/\//g, '-');
    const file = {
      fileName: `${symbol}-${language}.${FORMATS[format].extension}`,
      contentType: FORMATS[format].contentType,
    };
    const stored = await this.compilation.dataVersion(cycle.id);
    const dataVersion = stored && reportDataVersion(stored);
    const key = dataVersion && ReportCache.key({ cycleId: cycle.id, language, format, addendum, dataVersion });
    const cached = key ? this.cache.get(key) : undefined;
    if (cached) return cached;
    const found = dataVersion
      ? await this.compilation.storedFor({ cycleId: cycle.id, language, format, addendum, dataVersion })
      : null;
    if (found) {
      const served = { ...file, bytes: Buffer.from(found.content), checksum: found.checksum, versionId: found.id };
      if (key) this.cache.set(key, served);
      return served;
    }
    const compiled = await this.work.run({
      kind: 'compile',
      input: await this.workerInput(cycle, language, addendum),
      formats: [format],
    });
    const [output] = compiled.files;
    const bytes = Buffer.from(output.bytes.buffer, output.bytes.byteOffset, output.bytes.byteLength);
    const { checksum } = output;
    const version = await this.compilation.storeOnce({
      cycleId: cycle.id,
      language,
      format,
      addendum,
      checksum,
      content: new Uint8Array(bytes),
      compiledById: user.id,
      dataVersion: dataVersion ?? undefined,
    });
    const result = { ...file, bytes, checksum, versionId: version.id };
    if (key) this.cache.set(key, result);
    return result;
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
