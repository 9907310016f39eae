import { Injectable } from '@nestjs/common';
import type { TCycle } from '@replies/shared';
import { LANGUAGES, presentTexts, type TCycleStatus } from '@replies/shared';
import { fromIsoDate } from '../../common/dates';
import { PrismaService, type Tx } from '../../database/prisma.service';
import { CYCLE_SQL, CYCLES_SQL } from '../../database/sql/read-queries';
import { CYCLE_INCLUDE, toCycle, type CycleRow } from './cycle-view';

export { toCycle };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cycle as stored: the shape both creation and a merged change are written in. */
export type CycleData = Omit<
  TCycle,
  'id' | 'slug' | 'office' | 'previousCycle' | 'status' | 'createdAt' | 'updatedAt'
> & { officeCode: string; previousCycleId: string | null };

@Injectable()
export class CyclesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** By id, or by the symbol written with dashes (A-65-99) or slashes: one query. */
  async findByRef(ref: string, tx: Tx = this.prisma): Promise<TCycle | null> {
    return (await this.findForEntity(ref, null, tx))?.cycle ?? null;
  }

  /** The cycle and whether `entityCode` is invited to it, in one query. */
  async findForEntity(
    ref: string,
    entityCode: string | null,
    tx: Tx = this.prisma,
  ): Promise<{ cycle: TCycle; invited: boolean } | null> {
    const isId = UUID.test(ref);
    const values = [isId ? ref : null, isId ? null : ref.replace(/-/g, '/'), entityCode];
    type Row = CycleRow & { invited: boolean };
    // Outside a transaction, straight on the pool (the read every cycle's route starts with).
    const [row] =
      tx === this.prisma
        ? await this.prisma.read<Row>(CYCLE_SQL, ...values)
        : await tx.$queryRawUnsafe<Row[]>(CYCLE_SQL, ...values);
    return row ? { cycle: toCycle(row), invited: row.invited } : null;
  }

  async list(filter: { invitedEntity?: string } = {}): Promise<TCycle[]> {
    const rows = await this.prisma.read<CycleRow>(CYCLES_SQL, filter.invitedEntity ?? null);
    return rows.map(toCycle);
  }

  /** The reply limit changed: each reply's over-limit flag (kept for the review queue) follows it. */
  async recountOverLimit(tx: Tx, cycleId: string, replyWordLimit: number): Promise<void> {
    await tx.$executeRaw`UPDATE "Reply" SET "overLimit" = (words > ${replyWordLimit}) WHERE "cycleId" = ${cycleId}::uuid AND words IS NOT NULL`;
  }

  hasPublications(tx: Tx, cycleId: string) {
    return tx.publication.count({ where: { cycleId } }).then((n) => n > 0);
  }

  symbolTaken(tx: Tx, symbol: string, exceptId?: string) {
    return tx.cycle.count({ where: { symbol, NOT: exceptId ? { id: exceptId } : undefined } }).then((n) => n > 0);
  }

  /** The office's code as stored ("un-women" → "UN-Women"), or null when there is no such office. */
  async officeCode(tx: Tx, code: string): Promise<string | null> {
    const office = await tx.office.findFirst({
      where: { code: { equals: code, mode: 'insensitive' } },
      select: { code: true },
    });
    return office?.code ?? null;
  }

  async create(tx: Tx, data: CycleData): Promise<TCycle> {
    const row = await tx.cycle.create({
      data: { ...this.columns(data), texts: { create: this.texts(data) } },
      include: CYCLE_INCLUDE,
    });
    return toCycle(row);
  }

  /** The status as stored, before the cut-off date turns an open cycle into a closed one on screen. */
  async lockStoredStatus(tx: Tx, id: string): Promise<TCycleStatus> {
    const [row] = await tx.$queryRaw<
      { status: TCycleStatus }[]
    >`SELECT status FROM "Cycle" WHERE id = ${id}::uuid FOR UPDATE`;
    return row.status;
  }

  async setStatus(tx: Tx, id: string, status: TCycleStatus): Promise<TCycle> {
    const row = await tx.cycle.update({
      where: { id },
      data: { status, version: { increment: 1 } },
      include: CYCLE_INCLUDE,
    });
    return toCycle(row);
  }

  async update(tx: Tx, id: string, data: CycleData): Promise<TCycle> {
    await tx.cycleText.deleteMany({ where: { cycleId: id } });
    const row = await tx.cycle.update({
      where: { id },
      data: { ...this.columns(data), version: { increment: 1 }, texts: { create: this.texts(data) } },
      include: CYCLE_INCLUDE,
    });
    return toCycle(row);
  }

  private columns(data: CycleData) {
    return {
      symbol: data.symbol,
      resolution: data.resolution,
      organ: data.organ,
      officeCode: data.officeCode,
      session: data.session,
      sessionFrom: data.sessionDates ? fromIsoDate(data.sessionDates.from) : null,
      sessionTo: data.sessionDates ? fromIsoDate(data.sessionDates.to) : null,
      agendaKind: data.agenda?.kind ?? null,
      agendaItem: data.agenda?.item ?? null,
      agendaListSymbol: data.agenda && data.agenda.kind !== 'ADOPTED' ? data.agenda.listSymbol : null,
      issuedOn: data.issuedOn ? fromIsoDate(data.issuedOn) : null,
      reportLanguage: data.reportLanguage,
      fullTextUrl: data.fullTextUrl,
      noteVerbaleOn: fromIsoDate(data.noteVerbaleOn),
      orgLettersOn: data.orgLettersOn.map(fromIsoDate),
      cutoffOn: fromIsoDate(data.cutoffOn),
      replyWordLimit: data.replyWordLimit,
      summaryWordLimit: data.summaryWordLimit,
      newInformationOnly: data.newInformationOnly,
      previousCycleId: data.previousCycleId,
    };
  }

  /** One row per language that has any text (an empty title means none in that language). */
  private texts(data: CycleData) {
    return LANGUAGES.map((language) => {
      const introduction = presentTexts(data.introduction[language]);
      return {
        language,
        title: data.title[language]?.trim() || '',
        mandate: data.mandate[language]?.trim() || null,
        request: data.request[language]?.trim() || null,
        introduction: Object.keys(introduction).length ? introduction : undefined,
        observations: data.observations[language]?.trim() || null,
      };
    }).filter((row) => row.title || row.mandate || row.request || row.introduction || row.observations);
  }
}
