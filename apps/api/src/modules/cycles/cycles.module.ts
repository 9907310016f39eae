import { Module } from '@nestjs/common';
import { CyclesController } from './cycles.controller';
import { CyclesRepository } from './cycles.repository';
import { CyclesService } from './cycles.service';

@Module({
  controllers: [CyclesController],
  providers: [CyclesService, CyclesRepository],
  exports: [CyclesService, CyclesRepository],
})
export class CyclesModule {}
