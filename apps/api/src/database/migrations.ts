import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appConfig } from '../config/config';
import { installJobQueue } from '../jobs/job-queue';
import { applyMigrations, MigrationFile } from './schema-engine';
import { withConnection } from './with-connection';

/** `prisma/` at the repository root; in the production image it is copied beside the app. */
export function prismaDir(): string {
  const candidates = [
    appConfig().prismaDir,
    resolve(__dirname, '../../../../prisma'),
    resolve(process.cwd(), 'prisma'),
  ];
  const found = candidates.find((dir) => dir && existsSync(join(dir, 'schema.prisma')));
  if (!found) throw new Error('Cannot find the prisma/ folder with schema.prisma; set PRISMA_DIR.');
  return found;
}

export function readSchema(dir = prismaDir()): string {
  return readFileSync(join(dir, 'schema.prisma'), 'utf8');
}

/** Migration folders in order; each holds migration.sql and a copy of the schema it leads to. */
export function readMigrations(dir = prismaDir()): (MigrationFile & { schema: string | null })[] {
  const migrationsDir = join(dir, 'migrations');
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const schemaPath = join(migrationsDir, name, 'schema.prisma');
      return {
        name,
        sql: readFileSync(join(migrationsDir, name, 'migration.sql'), 'utf8'),
        schema: existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : null,
      };
    });
}

/**
 * Whether every migration is recorded as applied, with the checksum of the same SQL, and none failed:
 * then there is nothing to do, and the schema engine (a WebAssembly module slow to start) is not loaded.
 */
export async function allApplied(connectionString: string, migrations: MigrationFile[]): Promise<boolean> {
  return withConnection(connectionString, async (client) => {
    try {
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished: boolean }>(
        `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished
           FROM _prisma_migrations WHERE rolled_back_at IS NULL`,
      );
      if (rows.some((row) => !row.finished)) return false;
      const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
      return migrations.every((m) => applied.get(m.name) === createHash('sha256').update(m.sql).digest('hex'));
    } catch (error) {
      if ((error as { code?: string }).code === '42P01') return false; // no _prisma_migrations yet
      throw error;
    }
  });
}

/** Applies the pending migrations, then installs or upgrades the job queue's tables (pg-boss manages those). */
export async function migrateDatabase(connectionString: string): Promise<string[]> {
  const dir = prismaDir();
  const migrations = readMigrations(dir);
  const applied = (await allApplied(connectionString, migrations))
    ? []
    : await applyMigrations(connectionString, readSchema(dir), join(dir, 'migrations'), migrations);
  await installJobQueue(connectionString);
  return applied;
}
