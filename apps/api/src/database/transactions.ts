import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from './prisma.service';

export interface TransactionOptions {
  /** READ COMMITTED (PostgreSQL's default) unless a service needs one consistent snapshot. */
  isolation?: 'RepeatableRead' | 'Serializable';
  timeoutMs?: number;
}

/**
 * The one way to run a multi-step write: services open the transaction and hand `tx` to the
 * repositories, so a change, its audit record and its mail commit together or not at all.
 */
@Injectable()
export class Transactions {
  constructor(private readonly prisma: PrismaService) {}

  run<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.prisma.$transaction(work, { isolationLevel: options.isolation, timeout: options.timeoutMs });
  }
}
