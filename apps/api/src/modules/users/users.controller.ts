import { Body, Controller, Param } from '@nestjs/common';
import { contract, type BodyOf } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { UsersService } from './users.service';

const routes = contract.users;

@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Endpoint(routes.list)
  @Roles('ADMIN')
  list() {
    return this.users.list();
  }

  @Endpoint(routes.create)
  @Roles('ADMIN', 'EDITOR')
  create(@Body() body: BodyOf<typeof routes.create>, @CurrentUser() actor: SessionUser) {
    return this.users.create(body, actor);
  }

  @Endpoint(routes.update)
  @Roles('ADMIN')
  update(@Param('id') id: string, @Body() body: BodyOf<typeof routes.update>, @CurrentUser() actor: SessionUser) {
    return this.users.update(id, body, actor);
  }

  @Endpoint(routes.resendActivation)
  @Roles('ADMIN', 'EDITOR')
  resendActivation(@Param('id') id: string, @CurrentUser() actor: SessionUser) {
    return this.users.resendActivation(id, actor);
  }

  @Endpoint(routes.resetTwoFactor)
  @Roles('ADMIN')
  resetTwoFactor(@Param('id') id: string, @CurrentUser() actor: SessionUser) {
    return this.users.resetTwoFactor(id, actor);
  }
}
