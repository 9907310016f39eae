import { Controller, Param, Query, Res } from '@nestjs/common';
import { contract, type ParamsOf, type QueryOf, type TCycle } from '@replies/shared';
import type { Response } from 'express';
import { Endpoint } from '../../common/endpoint';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { Cycle } from '../cycles/cycle.decorator';
import { ExportsService, type ExportFormat } from './exports.service';

const routes = contract.exports;

@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Endpoint(routes.replies)
  @Roles('EDITOR', 'ADMIN')
  async download(
    @Cycle() cycle: TCycle,
    @Param('file') file: ParamsOf<typeof routes.replies>['file'],
    @Query() query: QueryOf<typeof routes.replies>,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) response: Response,
  ) {
    const format = file.split('.')[1] as ExportFormat;
    const { bytes, mediaType, fileName } = await this.exports.file(cycle, format, query.lang, user);
    response.setHeader('Content-Type', mediaType);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Cache-Control', 'no-store');
    response.end(bytes);
  }
}
