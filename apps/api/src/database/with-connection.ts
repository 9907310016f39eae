import { Client } from 'pg';

/**
 * `work` on a connection of its own to `connectionString`, closed afterwards: for the few queries made
 * outside Prisma's pool (creating a database, the start's checks before anything else is loaded).
 */
export async function withConnection<T>(connectionString: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
