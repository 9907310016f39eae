import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../../common/domain-error';
import { Public } from '../auth/decorators';
import { HealthRepository } from './health.repository';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthRepository) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '{ status: "ok" } once the database answers; 503 otherwise.' })
  async check(): Promise<{ status: 'ok' }> {
    if (!(await this.health.databaseAnswers()))
      throw new DomainError(503, 'DATABASE_UNAVAILABLE', 'The database does not answer.');
    return { status: 'ok' };
  }
}
