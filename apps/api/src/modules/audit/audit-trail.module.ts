import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module';
import { AuditController } from './audit.controller';

/** Reading the audit trail (writing it is AuditService's, available everywhere). */
@Module({ imports: [CyclesModule], controllers: [AuditController] })
export class AuditTrailModule {}
