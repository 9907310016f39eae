import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module';
import { RepliesModule } from '../replies/replies.module';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { ExportsService } from './exports.service';

@Module({
  imports: [CyclesModule, RepliesModule],
  controllers: [ExportsController],
  providers: [ExportsService, ExportsRepository],
})
export class ExportsModule {}
