import { Controller } from '@nestjs/common';
import { contract } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { RequestsService } from './requests.service';

@Controller()
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Endpoint(contract.requests.list)
  @Roles('FOCAL_POINT')
  list(@CurrentUser() user: SessionUser) {
    return this.requests.forFocalPoint(user);
  }
}
