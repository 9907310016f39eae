import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DatabaseOutage } from './database-outage';
import { DATABASE_URL, PrismaService } from './prisma.service';
import { Transactions } from './transactions';

@Global()
@Module({})
export class DatabaseModule {
  static forUrl(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, PrismaService, Transactions, DatabaseOutage],
      exports: [DATABASE_URL, PrismaService, Transactions, DatabaseOutage],
    };
  }
}
