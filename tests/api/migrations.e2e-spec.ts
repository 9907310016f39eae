import { diffSchemas } from '../../apps/api/src/database/schema-engine';
import { readMigrations, readSchema } from '../../apps/api/src/database/migrations';
import { TEST_SERVER_URL } from '../setup/test-database';

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
