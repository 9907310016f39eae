import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { CyclesService } from '../cycles/cycles.service';
import { ZPublishReport } from '@replies/shared';
import type { z } from 'zod';
import { PublishingService } from './publishing.service';

@ApiTags('publishing')
@Roles('EDITOR', 'ADMIN')
@Controller('cycles/:cycle')
export class PublishingController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly publishing: PublishingService,
  ) {}

  @Post('publish')
  @ApiOperation({
    summary:
      'Publish the report (or addendum) in the chosen languages and the full texts of its accepted replies; publishing again makes a corrigendum.',
  })
  @ApiZodBody(ZPublishReport)
  async publish(
    @Param('cycle') ref: string,
    @Body(new ZodPipe(ZPublishReport)) body: z.infer<typeof ZPublishReport>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.publishing.publish(await this.cycles.get(ref, user), body, user);
  }
}
