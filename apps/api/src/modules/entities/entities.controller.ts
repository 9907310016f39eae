import { Body, Controller, Param, Query } from '@nestjs/common';
import { contract, type BodyOf, type QueryOf } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { EntitiesService } from './entities.service';

const routes = contract.entities;

@Controller()
export class EntitiesController {
  constructor(private readonly entities: EntitiesService) {}

  @Endpoint(routes.list)
  list(@Query() query: QueryOf<typeof routes.list>) {
    return this.entities.list(query.type);
  }

  @Endpoint(routes.get)
  get(@Param('code') code: string) {
    return this.entities.get(code);
  }

  @Endpoint(routes.create)
  @Roles('ADMIN')
  create(@Body() body: BodyOf<typeof routes.create>, @CurrentUser() actor: SessionUser) {
    return this.entities.createOrganization(body, actor);
  }

  @Endpoint(routes.update)
  @Roles('ADMIN')
  update(@Param('code') code: string, @Body() body: BodyOf<typeof routes.update>, @CurrentUser() actor: SessionUser) {
    return this.entities.update(code, body, actor);
  }
}
