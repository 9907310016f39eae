import { Body, Controller } from '@nestjs/common';
import { contract, type BodyOf, type TCycle } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { Cycle } from '../cycles/cycle.decorator';
import { PublishingService } from './publishing.service';

const routes = contract.publishing;

@Roles('EDITOR', 'ADMIN')
@Controller()
export class PublishingController {
  constructor(private readonly publishing: PublishingService) {}

  @Endpoint(routes.publish)
  publish(@Cycle() cycle: TCycle, @Body() body: BodyOf<typeof routes.publish>, @CurrentUser() user: SessionUser) {
    return this.publishing.publish(cycle, body, user);
  }
}
