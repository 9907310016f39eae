import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { LANGUAGES } from '@replies/shared';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiZodQuery, ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { CyclesService } from '../cycles/cycles.service';
import { ExportsService, type ExportFormat } from './exports.service';

const ZExportQuery = z.object({ lang: z.enum(LANGUAGES).default('en') });
const ZExportFile = z.enum(['replies.xlsx', 'replies.csv'], { error: 'Ask for replies.xlsx or replies.csv.' });

@ApiTags('exports')
@Controller('cycles/:cycle/export')
export class ExportsController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly exports: ExportsService,
  ) {}

  @Get(':file')
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({
    summary:
      'The review queue as a spreadsheet (replies.xlsx or replies.csv): one row per invited entity with its group, status, focal points, dates, language, words, decision and addendum; headings in ?lang=.',
  })
  @ApiZodQuery(ZExportQuery)
  async download(
    @Param('cycle') ref: string,
    @Param('file', new ZodPipe(ZExportFile)) file: z.infer<typeof ZExportFile>,
    @Query(new ZodPipe(ZExportQuery)) query: z.infer<typeof ZExportQuery>,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) response: Response,
  ) {
    const format = file.split('.')[1] as ExportFormat;
    const { bytes, mediaType, fileName } = await this.exports.file(
      await this.cycles.get(ref, user),
      format,
      query.lang,
      user,
    );
    response.setHeader('Content-Type', mediaType);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Cache-Control', 'no-store');
    response.end(bytes);
  }
}
