import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffSchemas } from './schema-engine';
import { prismaDir, readMigrations, readSchema } from './migrations';

/**
 * Writes the next migration: the SQL from the schema as of the last migration (kept beside it as
 * schema.prisma) to the current prisma/schema.prisma. Returns null when there is nothing to migrate.
 */
export async function createMigration(
  connectionString: string,
  name: string,
  now = new Date(),
): Promise<{ dir: string; sql: string } | null> {
  const dir = prismaDir();
  const migrations = readMigrations(dir);
  const last = migrations.at(-1);
  if (last && last.schema === null) throw new Error(`Migration ${last.name} has no schema.prisma beside it.`);
  const schema = readSchema(dir);
  const sql = await diffSchemas(connectionString, last?.schema ?? null, schema);
  if (!sql.trim()) return null;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'migration';
  const target = join(dir, 'migrations', `${stamp}_${slug}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'migration.sql'), sql);
  writeFileSync(join(target, 'schema.prisma'), schema);
  writeFileSync(join(dir, 'migrations', 'migration_lock.toml'), 'provider = "postgresql"\n');
  return { dir: target, sql };
}
