import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZCreateCycle, ZUpdateCycle, type TCycle } from '@replies/shared';
import { ApiZodBody, ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { CyclesService, type CreateCycleInput, type UpdateCycleInput } from './cycles.service';

@ApiTags('cycles')
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Get()
  @ApiOperation({ summary: 'Reporting cycles, newest first; a focal point sees those their entity is invited to.' })
  list(@CurrentUser() user: SessionUser): Promise<TCycle[]> {
    return this.cycles.list(user);
  }

  @Post()
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Open a reporting cycle for a resolution. 409 when the symbol exists.' })
  @ApiZodBody(ZCreateCycle)
  create(@Body(new ZodPipe(ZCreateCycle)) body: CreateCycleInput, @CurrentUser() user: SessionUser): Promise<TCycle> {
    return this.cycles.create(body, user);
  }

  @Get(':cycle')
  @ApiOperation({ summary: 'One cycle, by id or by symbol with dashes (A-65-99).' })
  get(@Param('cycle') ref: string, @CurrentUser() user: SessionUser): Promise<TCycle> {
    return this.cycles.get(ref, user);
  }

  @Post(':cycle/close')
  @Roles('EDITOR', 'ADMIN')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an open cycle: no more reminders; replies received now go to an addendum.' })
  close(@Param('cycle') ref: string, @CurrentUser() user: SessionUser): Promise<TCycle> {
    return this.cycles.changeStatus(ref, 'close', user);
  }

  @Post(':cycle/reopen')
  @Roles('EDITOR', 'ADMIN')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a closed cycle whose cut-off date has not passed.' })
  reopen(@Param('cycle') ref: string, @CurrentUser() user: SessionUser): Promise<TCycle> {
    return this.cycles.changeStatus(ref, 'reopen', user);
  }

  @Patch(':cycle')
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Change a cycle; the same rules as at creation apply to the result.' })
  @ApiZodBody(ZUpdateCycle)
  update(
    @Param('cycle') ref: string,
    @Body(new ZodPipe(ZUpdateCycle)) body: UpdateCycleInput,
    @CurrentUser() user: SessionUser,
  ): Promise<TCycle> {
    return this.cycles.update(ref, body, user);
  }
}
