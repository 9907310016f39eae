import { Injectable } from '@nestjs/common';
import type { TOffice } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

export const OFFICE_FIELDS = {
  code: true,
  nameEn: true,
  nameFr: true,
  nameEs: true,
  nameRu: true,
  nameZh: true,
  nameAr: true,
  website: true,
  email: true,
} as const;

type OfficeRow = Prisma.OfficeGetPayload<{ select: typeof OFFICE_FIELDS }>;

export const toOffice = (row: OfficeRow): TOffice => ({
  code: row.code,
  names: { en: row.nameEn, fr: row.nameFr, es: row.nameEs, ru: row.nameRu, zh: row.nameZh, ar: row.nameAr },
  website: row.website,
  email: row.email,
});

@Injectable()
export class OfficesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(): Promise<TOffice[]> {
    const rows = await this.prisma.office.findMany({ select: OFFICE_FIELDS, orderBy: { code: 'asc' } });
    return rows.map(toOffice);
  }

  /** By code, whatever its case: "oda" finds ODA, "un-women" finds UN-Women. */
  async find(tx: Tx, code: string): Promise<(TOffice & { editedFields: string[] }) | null> {
    const row = await tx.office.findFirst({
      where: { code: { equals: code, mode: 'insensitive' } },
      select: { ...OFFICE_FIELDS, editedFields: true },
    });
    return row && { ...toOffice(row), editedFields: row.editedFields };
  }

  async create(tx: Tx, data: Prisma.OfficeCreateInput): Promise<TOffice> {
    return toOffice(await tx.office.create({ data, select: OFFICE_FIELDS }));
  }

  async update(tx: Tx, code: string, data: Prisma.OfficeUpdateInput): Promise<TOffice> {
    return toOffice(await tx.office.update({ where: { code }, data, select: OFFICE_FIELDS }));
  }
}
