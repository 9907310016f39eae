import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module';
import { CompilationController } from './compilation.controller';
import { CompilationRepository } from './compilation.repository';
import { CompilationService } from './compilation.service';

@Module({
  imports: [CyclesModule],
  controllers: [CompilationController],
  providers: [CompilationService, CompilationRepository],
  exports: [CompilationService],
})
export class CompilationModule {}
