import { Global, Module } from '@nestjs/common';
import { HeavyWork } from './heavy-work.service';

@Global()
@Module({ providers: [HeavyWork], exports: [HeavyWork] })
export class WorkersModule {}
