import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prismaDir } from '../../database/migrations';
import type { PrismaClient } from '../../generated/prisma/client';
import { organizationsFromCsv, statesFromCsv } from './reference-data';

/**
 * Inserts the States and organizations of prisma/reference-data that the database lacks.
 * Existing rows are left alone, so names completed by an administrator survive a restart.
 */
export async function loadReferenceData(prisma: PrismaClient): Promise<{ inserted: number; total: number }> {
  const dir = join(prismaDir(), 'reference-data');
  const entities = [
    ...statesFromCsv(readFileSync(join(dir, 'un-states.csv'), 'utf8')),
    ...organizationsFromCsv(readFileSync(join(dir, 'un-organizations.csv'), 'utf8')),
  ];
  const { count } = await prisma.entity.createMany({ data: entities, skipDuplicates: true });
  return { inserted: count, total: entities.length };
}
