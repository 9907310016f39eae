import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ZCreateOrganization,
  ZEntityQuery,
  ZUpdateEntity,
  type TCreateOrganization,
  type TEntity,
  type TUpdateEntity,
} from '@replies/shared';
import type { z } from 'zod';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { EntitiesService } from './entities.service';

@ApiTags('entities')
@Controller('entities')
export class EntitiesController {
  constructor(private readonly entities: EntitiesService) {}

  @Get()
  @ApiOperation({
    summary: 'States and organizations with their names in the six languages, in English alphabetical order.',
  })
  @ApiZodQuery(ZEntityQuery)
  list(@Query(new ZodPipe(ZEntityQuery)) query: z.infer<typeof ZEntityQuery>): Promise<TEntity[]> {
    return this.entities.list(query.type);
  }

  @Get(':code')
  @ApiOperation({ summary: 'One State or organization.' })
  get(@Param('code') code: string): Promise<TEntity> {
    return this.entities.get(code);
  }

  @Post()
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Add an international organization (administrators). 409 when the code exists.' })
  @ApiZodBody(ZCreateOrganization)
  create(
    @Body(new ZodPipe(ZCreateOrganization)) body: TCreateOrganization,
    @CurrentUser() actor: SessionUser,
  ): Promise<TEntity> {
    return this.entities.createOrganization(body, actor);
  }

  @Patch(':code')
  @Roles('ADMIN')
  @ApiOperation({
    summary: "Complete or correct an entity's names, or move an organization between groups (administrators).",
  })
  @ApiZodBody(ZUpdateEntity)
  update(
    @Param('code') code: string,
    @Body(new ZodPipe(ZUpdateEntity)) body: TUpdateEntity,
    @CurrentUser() actor: SessionUser,
  ): Promise<TEntity> {
    return this.entities.update(code, body, actor);
  }
}
