import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ZBigIdText, ZWholeNumberText, type TAuditEvent } from '@replies/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { CyclesService } from '../cycles/cycles.service';
import { AuditRepository } from './audit.repository';

const ZAuditQuery = z.object({
  before: ZBigIdText.optional(),
  limit: ZWholeNumberText(1).pipe(z.number().max(1000)).default(500),
});
type AuditQuery = z.infer<typeof ZAuditQuery>;

/** The audit trail is read-only: there is no route that edits or deletes it, and the database refuses to. */
@ApiTags('audit')
@Roles('EDITOR', 'ADMIN')
@Controller()
export class AuditController {
  constructor(
    private readonly audit: AuditRepository,
    private readonly cycles: CyclesService,
  ) {}

  @Get('cycles/:cycle/audit')
  @ApiOperation({
    summary: 'Every change to the cycle, its invitations, replies and decisions: who, when, before and after.',
  })
  async cycleAudit(@Param('cycle') ref: string, @CurrentUser() user: SessionUser): Promise<TAuditEvent[]> {
    const cycle = await this.cycles.get(ref, user);
    // The most recent events, oldest first.
    return (await this.audit.list({ cycleId: cycle.id }, 5000, 'desc')).reverse();
  }

  @Get('audit')
  @Roles('ADMIN')
  @ApiOperation({ summary: 'The whole audit trail (administrators), newest first, by pages.' })
  @ApiQuery({ name: 'before', required: false, description: 'id of the oldest event already seen' })
  @ApiQuery({ name: 'limit', required: false })
  all(@Query(new ZodPipe(ZAuditQuery)) query: AuditQuery): Promise<TAuditEvent[]> {
    return this.audit.list(query.before ? { id: { lt: query.before } } : {}, query.limit, 'desc');
  }
}
