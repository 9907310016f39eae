import { Injectable } from '@nestjs/common';
import type { TEntity, TEntityType } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

/** A State's or organization's code, group and names in the six languages: what every screen and document names it by. */
export const ENTITY_NAME_FIELDS = {
  code: true,
  type: true,
  nameEn: true,
  nameFr: true,
  nameEs: true,
  nameRu: true,
  nameZh: true,
  nameAr: true,
} as const;

type EntityRow = Prisma.EntityGetPayload<{ select: typeof ENTITY_NAME_FIELDS }>;

export const toEntity = (row: EntityRow): TEntity => ({
  code: row.code,
  type: row.type,
  names: { en: row.nameEn, fr: row.nameFr, es: row.nameEs, ru: row.nameRu, zh: row.nameZh, ar: row.nameAr },
});

@Injectable()
export class EntitiesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(type?: TEntityType): Promise<TEntity[]> {
    const rows = await this.prisma.entity.findMany({ where: type ? { type } : {}, select: ENTITY_NAME_FIELDS });
    return rows.map(toEntity);
  }

  get(code: string): Promise<TEntity | null> {
    return this.find(this.prisma, code);
  }

  async find(tx: Tx, code: string): Promise<TEntity | null> {
    const row = await tx.entity.findUnique({ where: { code }, select: ENTITY_NAME_FIELDS });
    return row && toEntity(row);
  }

  async editedFields(tx: Tx, code: string): Promise<string[]> {
    const row = await tx.entity.findUnique({ where: { code }, select: { editedFields: true } });
    return row?.editedFields ?? [];
  }

  async create(tx: Tx, data: Prisma.EntityCreateInput): Promise<TEntity> {
    return toEntity(await tx.entity.create({ data, select: ENTITY_NAME_FIELDS }));
  }

  async update(tx: Tx, code: string, data: Prisma.EntityUpdateInput): Promise<TEntity> {
    return toEntity(await tx.entity.update({ where: { code }, data, select: ENTITY_NAME_FIELDS }));
  }
}
