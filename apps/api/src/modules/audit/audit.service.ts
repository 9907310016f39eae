import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/prisma.service';
import { AuditRepository } from './audit.repository';

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
  constructor(private readonly trail: AuditRepository) {}

  record(tx: Tx, event: AuditRecord) {
    return this.trail.append(tx, event);
  }
}
