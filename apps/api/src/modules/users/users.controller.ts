import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZCreateUser, ZUpdateUser, type TCreateUser, type TUpdateUser, type TUser } from '@replies/shared';
import { ApiZodBody, ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles('ADMIN')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'All accounts (administrators).' })
  list(): Promise<TUser[]> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create an account; focal points are bound to one entity. 409 when the e-mail is taken.' })
  @ApiZodBody(ZCreateUser)
  create(@Body(new ZodPipe(ZCreateUser)) body: TCreateUser, @CurrentUser() actor: SessionUser): Promise<TUser> {
    return this.users.create(body, actor);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change name, role, entity or password, or disable/enable an account.' })
  @ApiZodBody(ZUpdateUser)
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodPipe(ZUpdateUser)) body: TUpdateUser,
    @CurrentUser() actor: SessionUser,
  ): Promise<TUser> {
    return this.users.update(id, body, actor);
  }
}
