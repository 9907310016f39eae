import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { appConfig } from '../config/config';
import { PrismaClient } from '../generated/prisma/client';
import { readRows } from './read-rows';

export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** Injection token of the database URL the application was started with. */
export const DATABASE_URL = Symbol('DATABASE_URL');

export function createPrismaClient(connectionString: string, poolSize = appConfig().databasePoolSize): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

/** The one database client; only repositories (and `Transactions`) use it. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  /** The connections Prisma's adapter uses, shared with `read` (one pool, DATABASE_POOL_SIZE connections). */
  private readonly pool: Pool;

  constructor(@Inject(DATABASE_URL) connectionString: string) {
    const pool = new Pool({ connectionString, max: appConfig().databasePoolSize });
    super({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    this.pool = pool;
  }

  /**
   * One of the reads of database/sql/read-queries.ts, straight on the pool (not through Prisma's query
   * engine, which costs more than the query on these small, frequent reads); rows as `$queryRawUnsafe`
   * gives them.
   */
  read<T>(sql: string, ...values: unknown[]): Promise<T[]> {
    return readRows<T>(this.pool, sql, values);
  }

  async onModuleDestroy() {
    await this.$disconnect();
  }
}
