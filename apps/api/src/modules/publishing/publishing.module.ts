import { Module } from '@nestjs/common';
import { CompilationModule } from '../compilation/compilation.module';
import { CyclesModule } from '../cycles/cycles.module';
import { PublicDocumentsRepository } from './public-documents.repository';
import { PublicDocumentsService } from './public-documents.service';
import { PublicFeedsService } from './public-feeds.service';
import { PublicFilesService } from './public-files.service';
import { PublicPagesController } from './public-pages.controller';
import { PublicPagesService } from './public-pages.service';
import { PublicSearchService } from './public-search.service';
import { PublicationJobs } from './publication-jobs';
import { PublishedReportsService } from './published-reports.service';
import { PublishingController } from './publishing.controller';
import { PublishingRepository } from './publishing.repository';
import { PublishingService } from './publishing.service';
import { ReadingRoomRepository } from './reading-room.repository';
import { SearchRepository } from './search.repository';
import { SiteFilesController } from './site-files.controller';

@Module({
  imports: [CyclesModule, CompilationModule],
  controllers: [PublishingController, PublicPagesController, SiteFilesController],
  providers: [
    PublishingService,
    PublishingRepository,
    PublishedReportsService,
    PublicationJobs,
    PublicPagesService,
    PublicFilesService,
    PublicFeedsService,
    PublicSearchService,
    PublicDocumentsService,
    PublicDocumentsRepository,
    ReadingRoomRepository,
    SearchRepository,
  ],
})
export class PublishingModule {}
