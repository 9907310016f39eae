import { Body, Controller, Param } from '@nestjs/common';
import { contract, type BodyOf } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { OfficesService } from './offices.service';

const routes = contract.offices;

@Controller()
export class OfficesController {
  constructor(private readonly offices: OfficesService) {}

  @Endpoint(routes.list)
  list() {
    return this.offices.list();
  }

  @Endpoint(routes.create)
  @Roles('ADMIN')
  create(@Body() body: BodyOf<typeof routes.create>, @CurrentUser() actor: SessionUser) {
    return this.offices.create(body, actor);
  }

  @Endpoint(routes.update)
  @Roles('ADMIN')
  update(@Param('code') code: string, @Body() body: BodyOf<typeof routes.update>, @CurrentUser() actor: SessionUser) {
    return this.offices.update(code, body, actor);
  }
}
