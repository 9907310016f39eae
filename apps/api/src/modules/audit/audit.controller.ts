import { Controller, Query } from '@nestjs/common';
import { contract, type QueryOf, type TCycle } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { Roles } from '../auth/decorators';
import { Cycle } from '../cycles/cycle.decorator';
import { AuditRepository } from './audit.repository';

const routes = contract.audit;

/** The audit trail is read-only: there is no route that edits or deletes it, and the database refuses to. */
@Roles('EDITOR', 'ADMIN')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Endpoint(routes.cycle)
  async cycleAudit(@Cycle() cycle: TCycle) {
    // The most recent events, oldest first.
    return (await this.audit.list({ cycleId: cycle.id }, 5000, 'desc')).reverse();
  }

  @Endpoint(routes.all)
  @Roles('ADMIN')
  all(@Query() query: QueryOf<typeof routes.all>) {
    return this.audit.list(query.before ? { id: { lt: query.before } } : {}, query.limit, 'desc');
  }
}
