import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module';
import { OriginalsService } from './originals.service';
import { RepliesController } from './replies.controller';
import { RepliesRepository } from './replies.repository';
import { RepliesService } from './replies.service';

@Module({
  imports: [CyclesModule],
  controllers: [RepliesController],
  providers: [RepliesService, RepliesRepository, OriginalsService],
  exports: [RepliesService, RepliesRepository],
})
export class RepliesModule {}
