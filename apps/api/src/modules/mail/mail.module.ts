import { Global, Module } from '@nestjs/common';
import { DigestService } from './digest.service';
import { MailQueue } from './mail-queue';
import { MailSender } from './mail-sender';
import { MailWorker } from './mail-worker';
import { MailNotifications } from './notifications.service';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

@Global()
@Module({
  controllers: [OutboxController],
  providers: [OutboxRepository, OutboxService, MailQueue, MailSender, MailWorker, MailNotifications, DigestService],
  exports: [OutboxRepository, MailQueue, MailNotifications, MailWorker, DigestService],
})
export class MailModule {}
