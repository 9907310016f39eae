import { Controller, Param, Query } from '@nestjs/common';
import { contract, type QueryOf, type TMailSettings } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { CurrentUser, Public, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { MailQueue } from './mail-queue';
import { OutboxService } from './outbox.service';

const routes = contract.outbox;

@Controller()
export class OutboxController {
  constructor(
    private readonly outbox: OutboxService,
    private readonly queue: MailQueue,
  ) {}

  @Endpoint(routes.list)
  @Roles('EDITOR', 'ADMIN')
  list(@Query() query: QueryOf<typeof routes.list>) {
    return this.outbox.list(query);
  }

  @Endpoint(routes.retry)
  @Roles('EDITOR', 'ADMIN')
  retry(@Param('id') id: string, @CurrentUser() user: SessionUser) {
    return this.outbox.retry(id, user);
  }

  @Endpoint(routes.cancel)
  @Roles('EDITOR', 'ADMIN')
  cancel(@Param('id') id: string, @CurrentUser() user: SessionUser) {
    return this.outbox.cancel(id, user);
  }

  @Public()
  @Endpoint(contract.mail.settings)
  settings(): TMailSettings {
    return { configured: this.queue.configured };
  }
}
