import { Injectable } from '@nestjs/common';
import type { TCycle, TIntroduction, TIntroductionTexts, TLocalizedText } from '@replies/shared';
import { cycleStatusOn, LANGUAGES, presentTexts, symbolToSlug, todayAt, type TCycleStatus } from '@replies/shared';
import { fromIsoDate, secretariatTimeZone, toIsoDate } from '../../common/dates';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { OFFICE_FIELDS, toOffice } from '../offices/offices.repository';

const CYCLE_INCLUDE = {
  texts: true,
  office: { select: OFFICE_FIELDS },
  previousCycle: { select: { id: true, symbol: true } },
} as const;
type CycleRow = Prisma.CycleGetPayload<{ include: typeof CYCLE_INCLUDE }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The texts kept per language (CycleText), gathered by field. */
const TEXT_FIELDS = ['title', 'mandate', 'request', 'observations'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export function toCycle(row: CycleRow): TCycle {
  const texts: Record<TextField, TLocalizedText> = { title: {}, mandate: {}, request: {}, observations: {} };
  const introduction: TIntroduction = {};
  for (const text of row.texts) {
    const language = text.language;
    for (const field of TEXT_FIELDS) if (text[field]) texts[field][language] = text[field];
    const paragraphs = presentTexts(text.introduction as TIntroductionTexts | null);
    if (Object.keys(paragraphs).length) introduction[language] = paragraphs;
  }
  return {
    id: row.id,
    symbol: row.symbol,
    slug: symbolToSlug(row.symbol),
    resolution: row.resolution,
    organ: row.organ,
    office: row.office && toOffice(row.office),
    session: row.session,
    sessionDates:
      row.sessionFrom && row.sessionTo ? { from: toIsoDate(row.sessionFrom), to: toIsoDate(row.sessionTo) } : null,
    agenda:
      row.agendaKind && row.agendaItem
        ? { kind: row.agendaKind, item: row.agendaItem, listSymbol: row.agendaListSymbol }
        : null,
    issuedOn: row.issuedOn && toIsoDate(row.issuedOn),
    reportLanguage: row.reportLanguage,
    fullTextUrl: row.fullTextUrl,
    ...texts,
    introduction,
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

/** A cycle as stored: the shape both creation and a merged change are written in. */
export type CycleData = Omit<
  TCycle,
  'id' | 'slug' | 'office' | 'previousCycle' | 'status' | 'createdAt' | 'updatedAt'
> & { officeCode: string; previousCycleId: string | null };

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
