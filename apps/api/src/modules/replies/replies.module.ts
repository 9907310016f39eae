import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module';
import { OriginalsService } from './originals.service';
import { ReceiptService } from './receipt/receipt.service';
import { RepliesController } from './replies.controller';
import { RepliesRepository } from './replies.repository';
import { RepliesService } from './replies.service';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';

@Module({
  imports: [CyclesModule],
  controllers: [RepliesController, RequestsController],
  providers: [RepliesService, RepliesRepository, OriginalsService, ReceiptService, RequestsService],
  exports: [RepliesService, RepliesRepository],
})
export class RepliesModule {}
