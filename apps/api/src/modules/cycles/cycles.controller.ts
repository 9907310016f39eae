import { Body, Controller, Param } from '@nestjs/common';
import { contract, type BodyOf, type TCycle } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { Cycle } from './cycle.decorator';
import { CyclesService } from './cycles.service';

const routes = contract.cycles;

@Controller()
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Endpoint(routes.list)
  list(@CurrentUser() user: SessionUser) {
    return this.cycles.list(user);
  }

  @Endpoint(routes.create)
  @Roles('EDITOR', 'ADMIN')
  create(@Body() body: BodyOf<typeof routes.create>, @CurrentUser() user: SessionUser) {
    return this.cycles.create(body, user);
  }

  @Endpoint(routes.get)
  get(@Cycle() cycle: TCycle) {
    return cycle;
  }

  @Endpoint(routes.close)
  @Roles('EDITOR', 'ADMIN')
  close(@Param('cycle') ref: string, @CurrentUser() user: SessionUser) {
    return this.cycles.changeStatus(ref, 'close', user);
  }

  @Endpoint(routes.reopen)
  @Roles('EDITOR', 'ADMIN')
  reopen(@Param('cycle') ref: string, @CurrentUser() user: SessionUser) {
    return this.cycles.changeStatus(ref, 'reopen', user);
  }

  @Endpoint(routes.update)
  @Roles('EDITOR', 'ADMIN')
  update(@Param('cycle') ref: string, @Body() body: BodyOf<typeof routes.update>, @CurrentUser() user: SessionUser) {
    return this.cycles.update(ref, body, user);
  }
}
