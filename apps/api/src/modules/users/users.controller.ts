import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZCreateUser, ZUpdateUser, type TCreateUser, type TUpdateUser, type TUser } from '@replies/shared';
import { ApiZodBody, ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('ADMIN')
  @ApiOperation({ summary: 'All accounts (administrators).' })
  list(): Promise<TUser[]> {
    return this.users.list();
  }

  @Post()
  @Roles('ADMIN', 'EDITOR')
  @ApiOperation({
    summary:
      'Create an account; focal points are bound to one entity. Without a password the account is invited and the user gets a one-time activation link by mail. Editors may invite focal points only. 409 when the e-mail is taken.',
  })
  @ApiZodBody(ZCreateUser)
  create(@Body(new ZodPipe(ZCreateUser)) body: TCreateUser, @CurrentUser() actor: SessionUser): Promise<TUser> {
    return this.users.create(body, actor);
  }

  @Patch(':id')
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Change name, role, entity or password, or disable/enable an account.' })
  @ApiZodBody(ZUpdateUser)
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodPipe(ZUpdateUser)) body: TUpdateUser,
    @CurrentUser() actor: SessionUser,
  ): Promise<TUser> {
    return this.users.update(id, body, actor);
  }

  @Post(':id/activation')
  @HttpCode(200)
  @Roles('ADMIN', 'EDITOR')
  @ApiOperation({ summary: 'Send an invited user a new activation link (editors: for focal points).' })
  resendActivation(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() actor: SessionUser): Promise<TUser> {
    return this.users.resendActivation(id, actor);
  }

  @Post(':id/totp/reset')
  @HttpCode(200)
  @Roles('ADMIN')
  @ApiOperation({ summary: "Clear a user's second factor (lost phone) and end their sessions; audited." })
  resetTwoFactor(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() actor: SessionUser): Promise<TUser> {
    return this.users.resetTwoFactor(id, actor);
  }
}
