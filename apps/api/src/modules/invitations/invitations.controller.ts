import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ZCreateInvitations, ZSendReminders, type TCreateInvitations, type TSendReminders } from '@replies/shared';
import { z } from 'zod';
import { forbidden, invalidField } from '../../common/domain-error';
import { ApiZodBody, ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { CyclesService } from '../cycles/cycles.service';
import { InvitationsService } from './invitations.service';

const ZRequestQuery = z.object({
  lang: z.enum(['en', 'zh']).default('en'),
  entity: z.string().trim().toUpperCase().optional(),
});

@ApiTags('invitations')
@Controller('cycles/:cycle')
export class InvitationsController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly invitations: InvitationsService,
  ) {}

  @Post('invitations')
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({
    summary:
      'Invite States and organizations (chosen codes and/or whole groups); their focal points get the request by mail.',
  })
  @ApiZodBody(ZCreateInvitations)
  async invite(
    @Param('cycle') ref: string,
    @Body(new ZodPipe(ZCreateInvitations)) body: TCreateInvitations,
    @CurrentUser() user: SessionUser,
  ) {
    return this.invitations.invite(await this.cycles.get(ref, user), body, user);
  }

  @Get('invitations')
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Who was invited, how and when, with reminders, focal points and reply status.' })
  async list(@Param('cycle') ref: string, @CurrentUser() user: SessionUser) {
    return this.invitations.list(await this.cycles.get(ref, user));
  }

  @Post('reminders')
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Remind invited entities that have not submitted a reply (all, or the chosen ones).' })
  @ApiZodBody(ZSendReminders)
  async remind(
    @Param('cycle') ref: string,
    @Body(new ZodPipe(ZSendReminders)) body: TSendReminders,
    @CurrentUser() user: SessionUser,
  ) {
    return this.invitations.remind(await this.cycles.get(ref, user), body, user);
  }

  @Get('dashboard')
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Invited, drafting, submitted, not replied, days to the cut-off.' })
  async dashboard(@Param('cycle') ref: string, @CurrentUser() user: SessionUser) {
    return this.invitations.dashboard(await this.cycles.get(ref, user));
  }

  @Get('request')
  @ApiOperation({
    summary: 'The note verbale or letter an entity received (a focal point: their own), in English or Chinese.',
  })
  @ApiQuery({ name: 'lang', required: false, enum: ['en', 'zh'] })
  @ApiQuery({ name: 'entity', required: false })
  async request(
    @Param('cycle') ref: string,
    @Query(new ZodPipe(ZRequestQuery)) query: z.infer<typeof ZRequestQuery>,
    @CurrentUser() user: SessionUser,
  ) {
    const cycle = await this.cycles.get(ref, user);
    const entity = user.role === 'FOCAL_POINT' ? user.entityCode! : query.entity;
    if (user.role === 'FOCAL_POINT' && query.entity && query.entity !== entity)
      throw forbidden('You can read only the request sent to your State or organization.');
    if (!entity)
      throw invalidField('entity', 'Name the State or organization whose request you want to read (?entity=CODE).');
    return this.invitations.requestText(cycle, entity, query.lang);
  }
}
