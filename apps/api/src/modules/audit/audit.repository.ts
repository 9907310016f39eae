import { Injectable } from '@nestjs/common';
import type { TAuditEvent } from '@replies/shared';
import { PrismaService, type Tx } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import type { AuditRecord } from './audit.service';

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  append(tx: Tx, event: AuditRecord) {
    return tx.auditEvent.create({
      data: {
        actorId: event.actorId,
        action: event.action,
        targetType: event.targetType,
        targetId: event.targetId,
        cycleId: event.cycleId ?? null,
        before: toJson(event.before),
        after: toJson(event.after),
      },
    });
  }

  async list(where: Prisma.AuditEventWhereInput, limit: number, order: 'asc' | 'desc'): Promise<TAuditEvent[]> {
    const rows = await this.prisma.auditEvent.findMany({
      where,
      orderBy: { id: order },
      take: limit,
      include: { actor: { select: { name: true, email: true } } },
    });
    return rows.map((row) => ({
      id: row.id.toString(),
      at: row.at.toISOString(),
      actor: row.actor ? `${row.actor.name} <${row.actor.email}>` : null,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      before: row.before,
      after: row.after,
    }));
  }
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
