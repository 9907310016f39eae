import { Global, Module } from '@nestjs/common';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox.repository';

@Global()
@Module({ controllers: [OutboxController], providers: [OutboxRepository], exports: [OutboxRepository] })
export class MailModule {}
