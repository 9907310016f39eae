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
import { CompilationRepository, type ReportFormat } from './compilation.repository';
import {
  buildReport,
  generatedIntroduction,
  type CompilationCycle,
  type CompilationInput,
  type CompilationReply,
} from './model/build-report';
import { reportChecks } from './model/checks';
import type { ReportDocument } from './model/report-model';
import { renderDocx } from './render/docx';
import { renderHtmlPage } from './render/html';
import { renderMarkdown } from './render/markdown';

export interface LoadedCycle {
  replies: CompilationReply[];
  previousReportYear: string | null;
}

export const FORMATS: Record<ReportFormat, { contentType: string; extension: string }> = {
  HTML: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  DOCX: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  MD: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  JSON: { contentType: 'application/json; charset=utf-8', extension: 'json' },
};

/**
 * The address printed in footnotes and length sentences: the office's page for the report when the
 * cycle gives one, else the portal's public address of that reply's full text.
 */
export const fullTextUrlFor = (cycle: Pick<TCycle, 'slug' | 'fullTextUrl'>) => (entityCode: string) =>
  cycle.fullTextUrl ?? `${appConfig().publicUrl}/reports/${cycle.slug}/replies/${entityCode}`;

/** The cycle as the report model reads it; a cycle must name its office before a report can be compiled. */
export function compilationCycle(cycle: TCycle, previousReportYear: string | null): CompilationCycle {
  if (!cycle.office) throw conflict('OFFICE_MISSING', 'Name the office that compiles this report before compiling it.');
  return { ...cycle, office: cycle.office, previousReportYear };
}

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

@Injectable()
export class CompilationService {
  constructor(private readonly compilation: CompilationRepository) {}

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

  /** Compiles the report (or its addendum) in one language and format, and stores that version with its checksum. */
  async compile(cycle: TCycle, language: TLanguage, format: ReportFormat, addendum: 0 | 1, user: SessionUser) {
    const document = buildReport(await this.input(cycle, language, addendum));
    const bytes = await render(document, format);
    const checksum = createHash('sha256').update(bytes).digest('hex');
    const latest = await this.compilation.latest(cycle.id, language, format, addendum);
    const stored =
      latest?.checksum === checksum
        ? latest
        : await this.compilation.store({
            cycleId: cycle.id,
            language,
            format,
            addendum,
            checksum,
            content: new Uint8Array(bytes),
            compiledById: user.id,
          });
    const symbol = document.symbol.replace(/\//g, '-');
    return {
      bytes,
      checksum,
      versionId: stored.id,
      fileName: `${symbol}-${language}.${FORMATS[format].extension}`,
      contentType: FORMATS[format].contentType,
    };
  }

  async checks(cycle: TCycle, language: TLanguage, addendum: 0 | 1) {
    const input = await this.input(cycle, language, addendum);
    const document = buildReport(input);
    return reportChecks({ ...input, limits: cycle }, document);
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
