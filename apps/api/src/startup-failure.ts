import { ConfigError } from './config/config';
import { EmbeddedPostgresError } from './database/embedded-postgres';

const firstLine = (text: string) =>
  text
    .split('\n')
    .find((line) => line.trim())
    ?.trim()
    .slice(0, 300) ?? '';

/**
 * Why the portal could not start, as one sentence that also says what to do: printed instead of a
 * stack trace, so that whoever (or whatever) restarts the portal can act on it.
 */
export function describeStartupFailure(error: unknown, settings: { port: number; usesDatabaseUrl: boolean }): string {
  if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) return error.message;
  const e = (error ?? {}) as { code?: unknown; syscall?: unknown; message?: unknown; path?: unknown; errno?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(error);
  const database = settings.usesDatabaseUrl ? 'the PostgreSQL server of DATABASE_URL' : 'the embedded PostgreSQL';
  if (e.code === 'EADDRINUSE' && e.syscall === 'listen')
    return `Port ${settings.port} is already in use by another program: stop it, or set PORT to a free port, and start again.`;
  if (e.code === 'EACCES' && e.syscall === 'listen')
    return `This user may not listen on port ${settings.port}: set PORT to a port above 1023 and start again.`;
  if ((e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') && typeof e.path === 'string')
    return `The portal may not write to ${e.path}: set REPLIES_DATA_DIR to a folder this user may write to, and start again.`;
  if (e.code === 'ENOSPC') return 'There is no space left on the disk: free some space and start again.';
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'ETIMEDOUT' || e.code === 'EHOSTUNREACH')
    return `Cannot reach ${database} (${e.code}): check that it runs and that the address is right, then start again.`;
  if (e.code === '28P01' || e.code === '28000')
    return `${capitalize(database)} refused the user name or password: correct DATABASE_URL and start again.`;
  if (e.code === '3D000')
    return `The database named in DATABASE_URL does not exist: create it, or correct DATABASE_URL, and start again.`;
  if (e.code === '57P03')
    return `${capitalize(database)} is still starting or recovering: wait a moment and start again.`;
  if (/migration/i.test(message) || (error as Error)?.name === 'SchemaConnectorError')
    return `Applying the database migrations failed (${firstLine(message)}): restore the database from a backup or fix it, then start again.`;
  return `An unexpected error stopped the start (${firstLine(message) || String(error)}): start again, and if it happens again, report this line.`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
