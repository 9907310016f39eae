import { Injectable } from '@nestjs/common';
import type { TCycle, TLanguage, TLocalizedText } from '@replies/shared';
import { cycleStatusOn, symbolToSlug, todayAt, type TCycleStatus } from '@replies/shared';
import { fromIsoDate, secretariatTimeZone, toIsoDate } from '../../common/dates';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

const CYCLE_INCLUDE = { texts: true, previousCycle: { select: { id: true, symbol: true } } } as const;
type CycleRow = Prisma.CycleGetPayload<{ include: typeof CYCLE_INCLUDE }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toCycle(row: CycleRow): TCycle {
  const title: TLocalizedText = {};
  const mandate: TLocalizedText = {};
  for (const text of row.texts) {
    if (text.title) title[text.language as TLanguage] = text.title;
    if (text.mandate) mandate[text.language as TLanguage] = text.mandate;
  }
  return {
    id: row.id,
    symbol: row.symbol,
    slug: symbolToSlug(row.symbol),
    resolution: row.resolution,
    session: row.session,
    agendaItem: row.agendaItem,
    title,
    mandate,
    noteVerbaleOn: toIsoDate(row.noteVerbaleOn),
    orgLettersOn: row.orgLettersOn.map(toIsoDate),
    cutoffOn: toIsoDate(row.cutoffOn),
    replyWordLimit: row.replyWordLimit,
    summaryWordLimit: row.summaryWordLimit,
    newInformationOnly: row.newInformationOnly,
    previousCycle: row.previousCycle,
    status: cycleStatusOn(row.status, toIsoDate(row.cutoffOn), todayAt(secretariatTimeZone())),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface CycleData {
  symbol: string;
  resolution: string;
  session: number;
  agendaItem: string | null;
  noteVerbaleOn: string;
  orgLettersOn: string[];
  cutoffOn: string;
  replyWordLimit: number;
  summaryWordLimit: number;
  newInformationOnly: boolean;
  previousCycleId: string | null;
  title: TLocalizedText;
  mandate: TLocalizedText;
}

@Injectable()
export class CyclesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** By id, or by the symbol written with dashes (A-65-99) or slashes. */
  async findByRef(ref: string, tx: Tx = this.prisma): Promise<TCycle | null> {
    const where = UUID.test(ref) ? { id: ref } : { symbol: ref.replace(/-/g, '/') };
    const row = await tx.cycle.findUnique({ where, include: CYCLE_INCLUDE });
    return row && toCycle(row);
  }

  async list(filter: { invitedEntity?: string } = {}): Promise<TCycle[]> {
    const rows = await this.prisma.cycle.findMany({
      where: filter.invitedEntity ? { invitations: { some: { entityCode: filter.invitedEntity } } } : {},
      include: CYCLE_INCLUDE,
      orderBy: [{ noteVerbaleOn: 'desc' }, { createdAt: 'desc' }],
    });
    return rows.map(toCycle);
  }

  isInvited(cycleId: string, entityCode: string) {
    return this.prisma.invitation.count({ where: { cycleId, entityCode } }).then((n) => n > 0);
  }

  hasPublications(tx: Tx, cycleId: string) {
    return tx.publication.count({ where: { cycleId } }).then((n) => n > 0);
  }

  symbolTaken(tx: Tx, symbol: string, exceptId?: string) {
    return tx.cycle.count({ where: { symbol, NOT: exceptId ? { id: exceptId } : undefined } }).then((n) => n > 0);
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
      session: data.session,
      agendaItem: data.agendaItem,
      noteVerbaleOn: fromIsoDate(data.noteVerbaleOn),
      orgLettersOn: data.orgLettersOn.map(fromIsoDate),
      cutoffOn: fromIsoDate(data.cutoffOn),
      replyWordLimit: data.replyWordLimit,
      summaryWordLimit: data.summaryWordLimit,
      newInformationOnly: data.newInformationOnly,
      previousCycleId: data.previousCycleId,
    };
  }

  /** One row per language that has a title or a mandate (an empty title means none in that language). */
  private texts(data: CycleData) {
    const languages = new Set([...Object.keys(data.title), ...Object.keys(data.mandate)]) as Set<TLanguage>;
    return [...languages]
      .filter((language) => data.title[language] || data.mandate[language])
      .map((language) => ({
        language,
        title: data.title[language] || '',
        mandate: data.mandate[language] || null,
      }));
  }
}
