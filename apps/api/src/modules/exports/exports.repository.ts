import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';

@Injectable()
export class ExportsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each invitation of the cycle with its reminders, and the active focal points of every entity concerned. */
  async invitationsAndFocalPoints(cycleId: string, entityCodes: string[]) {
    const [invitations, users] = await Promise.all([
      this.prisma.invitation.findMany({
        where: { cycleId },
        select: {
          entityCode: true,
          channel: true,
          sentOn: true,
          reminders: { select: { sentOn: true }, orderBy: { sentOn: 'asc' } },
        },
      }),
      this.prisma.user.findMany({
        where: { role: 'FOCAL_POINT', disabled: false, entityCode: { in: entityCodes } },
        select: { name: true, email: true, entityCode: true },
        orderBy: { email: 'asc' },
      }),
    ]);
    return { invitations, users };
  }
}
