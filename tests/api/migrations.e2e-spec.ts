import { randomBytes } from 'node:crypto';
import { createDatabase } from '../../apps/api/src/database/create-database';
import { diffSchemas } from '../../apps/api/src/database/schema-engine';
import { allApplied, migrateDatabase, readMigrations, readSchema } from '../../apps/api/src/database/migrations';
import { TEST_SERVER_URL, urlWithDatabase } from '../setup/test-database';
import { startTestApp, type TestApp } from '../setup/test-app';

const serverUrl = () => process.env[TEST_SERVER_URL]!;

describe('schema.prisma and prisma/migrations', () => {
  const migrations = readMigrations();

  it('agree: the last migration leads exactly to the current schema', async () => {
    expect(migrations.length).toBeGreaterThan(0);
    const last = migrations.at(-1)!;
    const pending = await diffSchemas(serverUrl(), last.schema, readSchema());
    expect(pending).toBe('');
  });

  it('each migration holds the SQL generated from the schema before it to the schema beside it', async () => {
    let previous: string | null = null;
    for (const migration of migrations) {
      expect(migration.schema).not.toBeNull();
      const generated = await diffSchemas(serverUrl(), previous, migration.schema!);
      // Hand-written statements may follow the generated ones, never replace them.
      expect(migration.sql.startsWith(generated)).toBe(true);
      previous = migration.schema;
    }
  });

  it('notice a schema change that has no migration yet', async () => {
    const changed = readSchema().replace('model Entity {', 'model Entity {\n  motto String?');
    const pending = await diffSchemas(serverUrl(), migrations.at(-1)!.schema, changed);
    expect(pending).toContain('ADD COLUMN     "motto" TEXT');
  });
});

describe('a start with nothing to migrate', () => {
  const migrations = readMigrations();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sees every migration applied, so the schema engine is not started', async () => {
    expect(await allApplied(t.databaseUrl, migrations)).toBe(true);
    expect(await migrateDatabase(t.databaseUrl)).toEqual([]);
  });

  it('goes through the schema engine when a migration is new, was edited since, or failed', async () => {
    const newer = { name: '29991231000000_later', sql: 'SELECT 1;' };
    expect(await allApplied(t.databaseUrl, [...migrations, newer])).toBe(false);
    const edited = migrations.map((m, i) => (i === 1 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    expect(await allApplied(t.databaseUrl, edited)).toBe(false);
    // Tests run in random order: the unfinished migration is put back as it was for the others.
    const last = migrations.at(-1)!.name;
    const [{ finished_at }] = await t.prisma.$queryRaw<{ finished_at: Date }[]>`
      SELECT finished_at FROM _prisma_migrations WHERE migration_name = ${last}`;
    await t.prisma.$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ${last}`;
    try {
      expect(await allApplied(t.databaseUrl, migrations)).toBe(false);
    } finally {
      await t.prisma
        .$executeRaw`UPDATE _prisma_migrations SET finished_at = ${finished_at} WHERE migration_name = ${last}`;
    }
    expect(await allApplied(t.databaseUrl, migrations)).toBe(true);
  });

  it('answers false on a database never migrated', async () => {
    const name = `never_migrated_${randomBytes(4).toString('hex')}`;
    await createDatabase(serverUrl(), name);
    const empty = urlWithDatabase(serverUrl(), name);
    expect(await allApplied(empty, migrations)).toBe(false);
  });
});
