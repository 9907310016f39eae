import { readFileSync } from 'node:fs';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { appConfig } from '../config/config';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * Prisma's schema engine compiled to WebAssembly. The Prisma CLI would download a native engine
 * binary, which cannot be reached here nor in air-gapped networks; the WASM build ships inside an
 * npm package. It is built for bundlers, so we instantiate the module ourselves.
 */
type WasmBindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
type EngineInstance = Awaited<ReturnType<WasmBindings['SchemaEngine']['new']>>;

let bindings: Promise<WasmBindings> | undefined;

function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS glue, loaded on first use
    const glue = require('@prisma/schema-engine-wasm/schema_engine_bg') as WasmBindings;
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    // Node has WebAssembly; @types/node does not declare it without the DOM library.
    const { WebAssembly } = globalThis as unknown as {
      WebAssembly: {
        instantiate(bytes: Buffer, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
      };
    };
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      './schema_engine_bg.js': withUnrefTimers(glue),
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

/** The engine leaves a ~10 s timer behind after each command; unref'd, it no longer holds the process open. */
function withUnrefTimers(glue: WasmBindings): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(imports).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
    const original = imports[name] as (...args: unknown[]) => NodeJS.Timeout;
    imports[name] = (...args: unknown[]) => original(...args).unref();
  }
  return imports;
}

export const SCHEMA_FILE = 'schema.prisma';
const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Runs `work` on a schema engine connected through our own pool, which is closed afterwards. */
async function withSchemaEngine<T>(
  connectionString: string,
  schema: string,
  work: (engine: EngineInstance) => Promise<T>,
): Promise<T> {
  const glue = await loadBindings();
  const pool = new Pool({ connectionString, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const log = (message: string) => {
    if (appConfig().prismaEngineLog) console.error(message);
  };
  const engine = await glue.SchemaEngine.new({ datamodels: [[SCHEMA_FILE, schema]] } as never, log, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

/**
 * The SQL that takes a database from one schema to the other; a null `from` means an empty database.
 * The engine needs a reachable server to start, but the diff itself reads no tables.
 */
export async function diffSchemas(connectionString: string, from: string | null, to: string): Promise<string> {
  return withSchemaEngine(connectionString, to, async (engine) => {
    const result = (await engine.diff({
      from:
        from === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: SCHEMA_FILE, content: from }] },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_FILE, content: to }] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    } as never)) as { exitCode: number; stdout?: string };
    return result.exitCode === 0 ? '' : (result.stdout ?? '');
  });
}

export interface MigrationFile {
  name: string;
  sql: string;
}

/** Applies the migrations not yet applied and records them in `_prisma_migrations`, as `prisma migrate deploy` does. */
export async function applyMigrations(
  connectionString: string,
  schema: string,
  baseDir: string,
  migrations: MigrationFile[],
) {
  return withSchemaEngine(connectionString, schema, async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir,
        lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
        shadowDbInitScript: '',
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
        })),
      },
      filters: NO_FILTERS,
    } as never);
    return result.appliedMigrationNames;
  });
}
