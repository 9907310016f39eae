import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZCreateOffice, ZUpdateOffice, type TCreateOffice, type TOffice, type TUpdateOffice } from '@replies/shared';
import { ApiZodBody, ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { OfficesService } from './offices.service';

@ApiTags('offices')
@Controller('offices')
export class OfficesController {
  constructor(private readonly offices: OfficesService) {}

  @Get()
  @ApiOperation({
    summary: 'The Secretariat offices that compile reports, with their names in six languages and website.',
  })
  list(): Promise<TOffice[]> {
    return this.offices.list();
  }

  @Post()
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Add an office (administrators). 409 when the code exists.' })
  @ApiZodBody(ZCreateOffice)
  create(@Body(new ZodPipe(ZCreateOffice)) body: TCreateOffice, @CurrentUser() actor: SessionUser): Promise<TOffice> {
    return this.offices.create(body, actor);
  }

  @Patch(':code')
  @Roles('ADMIN')
  @ApiOperation({ summary: "Complete or correct an office's names or website (administrators)." })
  @ApiZodBody(ZUpdateOffice)
  update(
    @Param('code') code: string,
    @Body(new ZodPipe(ZUpdateOffice)) body: TUpdateOffice,
    @CurrentUser() actor: SessionUser,
  ): Promise<TOffice> {
    return this.offices.update(code, body, actor);
  }
}
