/* Database commands behind `npm run db:migrate` and `npm run db:migration -- <name>`. */
import { withDatabase } from './database-url';
import { migrateDatabase } from './migrations';
import { createMigration } from './new-migration';

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'migration') {
    const name = args.join('_');
    if (!name) throw new Error('Usage: npm run db:migration -- <name>');
    const created = await withDatabase((url) => createMigration(url, name));
    console.log(created ? `Created ${created.dir}` : 'schema.prisma matches the migrations: nothing to create.');
    return;
  }
  if (command === 'migrate') {
    await withDatabase(async (url) => {
      const applied = await migrateDatabase(url);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    });
    return;
  }
  throw new Error(`Unknown command ${command ?? ''}; use "migrate" or "migration <name>".`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
