import { Module } from '@nestjs/common';
import { CompilationModule } from '../compilation/compilation.module';
import { CyclesModule } from '../cycles/cycles.module';
import { PublicPagesController } from './public-pages.controller';
import { PublicPagesService } from './public-pages.service';
import { PublishingController } from './publishing.controller';
import { PublishingRepository } from './publishing.repository';
import { PublishingService } from './publishing.service';

@Module({
  imports: [CyclesModule, CompilationModule],
  controllers: [PublishingController, PublicPagesController],
  providers: [PublishingService, PublishingRepository, PublicPagesService],
})
export class PublishingModule {}
