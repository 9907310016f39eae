import { withConnection } from './with-connection';

/** Creates `name` on the server of `serverUrl` unless it exists, optionally as a copy of a template database. */
export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withConnection(serverUrl, async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return;
    const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;
    await client.query(
      `CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ''} ENCODING 'UTF8'`,
    );
  });
}
