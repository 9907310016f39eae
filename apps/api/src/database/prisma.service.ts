import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { appConfig } from '../config/config';
import { PrismaClient } from '../generated/prisma/client';

export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** Injection token of the database URL the application was started with. */
export const DATABASE_URL = Symbol('DATABASE_URL');

export function createPrismaClient(connectionString: string, poolSize = appConfig().databasePoolSize): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

/** The one database client; only repositories (and `Transactions`) use it. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(DATABASE_URL) connectionString: string) {
    super({ adapter: new PrismaPg({ connectionString, max: appConfig().databasePoolSize }) });
  }

  async onModuleDestroy() {
    await this.$disconnect();
  }
}
