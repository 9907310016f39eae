import { Injectable } from '@nestjs/common';
import { DatabaseOutage } from '../../database/database-outage';
import { PrismaService } from '../../database/prisma.service';

@Injectable()
export class HealthRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outage: DatabaseOutage,
  ) {}

  async databaseAnswers(): Promise<boolean> {
    try {
      await this.prisma.$queryRaw`SELECT 1`;
      this.outage.answered();
      return true;
    } catch {
      return false;
    }
  }
}
