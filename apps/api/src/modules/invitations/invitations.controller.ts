import { Body, Controller, Query } from '@nestjs/common';
import { contract, type BodyOf, type QueryOf, type TCycle } from '@replies/shared';
import { forbidden, invalidField } from '../../common/domain-error';
import { Endpoint } from '../../common/endpoint';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { Cycle } from '../cycles/cycle.decorator';
import { InvitationsService } from './invitations.service';

const routes = contract.invitations;

@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Endpoint(routes.invite)
  @Roles('EDITOR', 'ADMIN')
  invite(@Cycle() cycle: TCycle, @Body() body: BodyOf<typeof routes.invite>, @CurrentUser() user: SessionUser) {
    return this.invitations.invite(cycle, body, user);
  }

  @Endpoint(routes.list)
  @Roles('EDITOR', 'ADMIN')
  list(@Cycle() cycle: TCycle) {
    return this.invitations.list(cycle);
  }

  @Endpoint(routes.remind)
  @Roles('EDITOR', 'ADMIN')
  remind(@Cycle() cycle: TCycle, @Body() body: BodyOf<typeof routes.remind>, @CurrentUser() user: SessionUser) {
    return this.invitations.remind(cycle, body, user);
  }

  @Endpoint(routes.dashboard)
  @Roles('EDITOR', 'ADMIN')
  dashboard(@Cycle() cycle: TCycle) {
    return this.invitations.dashboard(cycle);
  }

  @Endpoint(routes.requestText)
  request(
    @Cycle() cycle: TCycle,
    @Query() query: QueryOf<typeof routes.requestText>,
    @CurrentUser() user: SessionUser,
  ) {
    const entity = user.role === 'FOCAL_POINT' ? user.entityCode! : query.entity;
    if (user.role === 'FOCAL_POINT' && query.entity && query.entity !== entity)
      throw forbidden('You can read only the request sent to your State or organization.');
    if (!entity)
      throw invalidField('entity', 'Name the State or organization whose request you want to read (?entity=CODE).');
    return this.invitations.requestText(cycle, entity, query.lang);
  }
}
