import { Controller } from '@nestjs/common';
import { contract } from '@replies/shared';
import { DomainError } from '../../common/domain-error';
import { Endpoint } from '../../common/endpoint';
import { Public } from '../auth/decorators';
import { HealthRepository } from './health.repository';

@Controller()
export class HealthController {
  constructor(private readonly health: HealthRepository) {}

  @Public()
  @Endpoint(contract.health.check)
  async check(): Promise<{ status: 'ok' }> {
    if (!(await this.health.databaseAnswers()))
      throw new DomainError(503, 'DATABASE_UNAVAILABLE', 'The database does not answer.');
    return { status: 'ok' };
  }
}
