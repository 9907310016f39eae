import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { TOutboxMail } from '@replies/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod';
import { Roles } from '../auth/decorators';

const ZOutboxQuery = z.object({ cycleId: z.uuid({ error: 'Give the cycle id as a UUID.' }).optional() });
import { OutboxRepository } from './outbox.repository';

@ApiTags('mail')
@Roles('EDITOR', 'ADMIN')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxRepository) {}

  @Get()
  @ApiOperation({
    summary: 'Queued mail (invitations, reminders, returns), newest first. Without SMTP it stays here to be read.',
  })
  @ApiQuery({ name: 'cycleId', required: false })
  async list(@Query(new ZodPipe(ZOutboxQuery)) { cycleId }: z.infer<typeof ZOutboxQuery>): Promise<TOutboxMail[]> {
    const mails = await this.outbox.list(cycleId ? { cycleId } : {});
    return mails.map((mail) => ({
      ...mail,
      createdAt: mail.createdAt.toISOString(),
      sentAt: mail.sentAt?.toISOString() ?? null,
    }));
  }
}
