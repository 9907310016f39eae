import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { MAIL_STATUSES, type TMailSettings, type TOutboxMail } from '@replies/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod';
import { CurrentUser, Public, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { MailQueue } from './mail-queue';
import { OutboxService } from './outbox.service';

const ZOutboxQuery = z.object({
  cycleId: z.uuid({ error: 'cycleId is the id of a cycle.' }).optional(),
  status: z.enum(MAIL_STATUSES).optional(),
});

@ApiTags('mail')
@Controller()
export class OutboxController {
  constructor(
    private readonly outbox: OutboxService,
    private readonly queue: MailQueue,
  ) {}

  @Get('outbox')
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({
    summary:
      "Every mail, newest first, with its state: PENDING (queued), SENT (with the server's message id), FAILED (with the reason), HELD (no mail server), CANCELLED.",
  })
  @ApiQuery({ name: 'cycleId', required: false })
  @ApiQuery({ name: 'status', required: false, enum: MAIL_STATUSES })
  list(@Query(new ZodPipe(ZOutboxQuery)) query: z.infer<typeof ZOutboxQuery>): Promise<TOutboxMail[]> {
    return this.outbox.list(query);
  }

  @Post('outbox/:id/retry')
  @HttpCode(200)
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Send a failed (or cancelled, or held) mail again. 409 without a mail server.' })
  retry(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: SessionUser): Promise<TOutboxMail> {
    return this.outbox.retry(id, user);
  }

  @Post('outbox/:id/cancel')
  @HttpCode(200)
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Cancel a mail that has not left yet; 409 once it was sent.' })
  cancel(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: SessionUser): Promise<TOutboxMail> {
    return this.outbox.cancel(id, user);
  }

  @Public()
  @Get('mail/settings')
  @ApiOperation({ summary: 'Whether mail leaves the portal (SMTP_URL is set) or is only kept in the outbox.' })
  settings(): TMailSettings {
    return { configured: this.queue.configured };
  }
}
