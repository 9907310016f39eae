import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TFocalPointRequest } from '@replies/shared';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { RequestsService } from './requests.service';

@ApiTags('replies')
@Controller('requests')
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Get()
  @Roles('FOCAL_POINT')
  @ApiOperation({
    summary:
      "The focal point's requests for views: each cycle their entity is invited to, the deadline, where their reply stands and the next step.",
  })
  list(@CurrentUser() user: SessionUser): Promise<TFocalPointRequest[]> {
    return this.requests.forFocalPoint(user);
  }
}
