import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/prisma.service';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  cycleId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit trail inside the caller's transaction, so a change and its record commit together. */
@Injectable()
export class AuditService {
  record(tx: Tx, event: AuditRecord) {
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
}

function toJson(value: unknown) {
  return value === undefined || value === null ? undefined : JSON.parse(JSON.stringify(value));
}
