import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../database/prisma.service';

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  kind: string;
  cycleId?: string;
  entityCode?: string;
}

@Injectable()
export class OutboxRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Queues mail in the caller's transaction: it leaves only if the change that caused it commits. */
  async queue(tx: Tx, mails: OutgoingMail[]): Promise<number> {
    if (!mails.length) return 0;
    const { count } = await tx.mailOutbox.createMany({ data: mails });
    return count;
  }

  list(filter: { cycleId?: string } = {}) {
    return this.prisma.mailOutbox.findMany({
      where: filter,
      orderBy: { createdAt: 'desc' },
      take: 500,
      select: {
        id: true,
        to: true,
        subject: true,
        body: true,
        kind: true,
        status: true,
        entityCode: true,
        cycleId: true,
        createdAt: true,
        sentAt: true,
      },
    });
  }

  /** Active focal points of the given entities, by entity. */
  async focalPoints(tx: Tx, entityCodes: string[]): Promise<Map<string, string[]>> {
    const users = await tx.user.findMany({
      where: { role: 'FOCAL_POINT', disabled: false, entityCode: { in: entityCodes } },
      select: { email: true, entityCode: true },
    });
    const byEntity = new Map<string, string[]>();
    for (const user of users) byEntity.set(user.entityCode!, [...(byEntity.get(user.entityCode!) ?? []), user.email]);
    return byEntity;
  }
}
