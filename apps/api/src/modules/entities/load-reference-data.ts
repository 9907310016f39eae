import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prismaDir } from '../../database/migrations';
import type { PrismaClient } from '../../generated/prisma/client';
import {
  officesFromCsv,
  organizationsFromCsv,
  referenceUpdates,
  statesFromCsv,
  type ReferenceEntity,
  type ReferenceOffice,
} from './reference-data';

const ENTITY_COLUMNS = [
  'nameEn',
  'nameFr',
  'nameEs',
  'nameRu',
  'nameZh',
  'nameAr',
  'formalEn',
  'formalFr',
  'formalEs',
  'formalRu',
  'formalZh',
  'formalAr',
  'acronymEn',
  'acronymZh',
  'acronymFr',
  'acronymEs',
  'acronymRu',
  'acronymAr',
] as const satisfies readonly (keyof ReferenceEntity)[];

const OFFICE_COLUMNS = [
  'nameEn',
  'nameFr',
  'nameEs',
  'nameRu',
  'nameZh',
  'nameAr',
  'website',
] as const satisfies readonly (keyof ReferenceOffice)[];

export interface ReferenceLoad {
  total: number;
  inserted: number;
  /** Rows whose names the reference data completed or corrected (never those an administrator edited). */
  updated: number;
  offices: number;
  /** Nothing to do: the same files, read the same way, were loaded before. */
  unchanged: boolean;
}

/** The reference data as it would be written, and its hash (a change in how the files are read counts too). */
export type ReferenceData = ReturnType<typeof readReferenceData>;

export function readReferenceData() {
  const dir = join(prismaDir(), 'reference-data');
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const entities = [...statesFromCsv(read('un-states.csv')), ...organizationsFromCsv(read('un-organizations.csv'))];
  const offices = officesFromCsv(read('offices.csv'));
  const hash = createHash('sha256').update(JSON.stringify({ entities, offices })).digest('hex');
  return { entities, offices, hash };
}

/** What a load of `data` reports when the same data was loaded before: nothing written. */
export const unchangedLoad = ({ entities, offices }: ReferenceData): ReferenceLoad => ({
  total: entities.length,
  inserted: 0,
  updated: 0,
  offices: offices.length,
  unchanged: true,
});

/**
 * Loads the States, organizations and offices of prisma/reference-data: inserts those the database
 * lacks, and fills or corrects, in those it has, the names no administrator has edited, so an
 * updated list reaches every database at the next start while the administrators' work survives.
 * A start that finds the same data as the last load (its hash, in ReferenceDataLoad) does nothing.
 */
export async function loadReferenceData(
  prisma: PrismaClient,
  data: ReferenceData = readReferenceData(),
): Promise<ReferenceLoad> {
  const { entities, offices, hash } = data;
  const last = await prisma.referenceDataLoad.findUnique({ where: { id: 1 } });
  if (last?.hash === hash) return unchangedLoad(data);

  const { count: inserted } = await prisma.entity.createMany({ data: entities, skipDuplicates: true });
  await prisma.office.createMany({ data: offices, skipDuplicates: true });

  let updated = 0;
  const storedEntities = new Map(
    (await prisma.entity.findMany({ where: { code: { in: entities.map((e) => e.code) } } })).map((row) => [
      row.code,
      row,
    ]),
  );
  for (const entity of entities) {
    const stored = storedEntities.get(entity.code);
    const changes = stored ? referenceUpdates(entity, stored, ENTITY_COLUMNS) : {};
    if (Object.keys(changes).length === 0) continue;
    await prisma.entity.update({ where: { code: entity.code }, data: changes });
    updated += 1;
  }
  const storedOffices = new Map((await prisma.office.findMany()).map((row) => [row.code, row]));
  for (const office of offices) {
    const stored = storedOffices.get(office.code);
    const changes = stored ? referenceUpdates(office, stored, OFFICE_COLUMNS) : {};
    if (Object.keys(changes).length === 0) continue;
    await prisma.office.update({ where: { code: office.code }, data: changes });
  }
  await prisma.referenceDataLoad.upsert({
    where: { id: 1 },
    create: { hash },
    update: { hash, loadedAt: new Date() },
  });
  return { total: entities.length, inserted, updated, offices: offices.length, unchanged: false };
}
