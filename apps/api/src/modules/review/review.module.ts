import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module';
import { RepliesModule } from '../replies/replies.module';
import { ReviewController } from './review.controller';
import { ReviewRepository } from './review.repository';
import { ReviewService } from './review.service';

@Module({
  imports: [CyclesModule, RepliesModule],
  controllers: [ReviewController],
  providers: [ReviewService, ReviewRepository],
})
export class ReviewModule {}
