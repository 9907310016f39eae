import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ZLanguage } from '@replies/shared';
import type { Response } from 'express';
import { z } from 'zod';
import { sendFile, type FileToSend } from '../../common/send-file';
import { ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { CyclesService } from '../cycles/cycles.service';
import { CompilationService } from './compilation.service';

const ZReportQuery = z.object({
  lang: ZLanguage.default('en'),
  format: z.enum(['json', 'html', 'docx', 'md']).default('json'),
  addendum: z.enum(['0', '1']).default('0').transform(Number) as z.ZodType<0 | 1>,
  download: z.enum(['0', '1']).optional(),
});
type ReportQuery = z.infer<typeof ZReportQuery>;

function send(response: Response, file: FileToSend & { checksum: string }, download: boolean) {
  response.setHeader('X-Checksum-SHA256', file.checksum);
  sendFile(response, file, download ? 'attachment' : 'inline');
}

@ApiTags('compilation')
@Roles('EDITOR', 'ADMIN')
@Controller('cycles/:cycle')
export class CompilationController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly compilation: CompilationService,
  ) {}

  @Get('report')
  @ApiOperation({
    summary:
      "The Secretary-General's report compiled from the accepted replies, in one language and format; each version is stored with its checksum.",
  })
  @ApiQuery({ name: 'lang', enum: ['en', 'fr', 'es', 'ru', 'zh', 'ar'], required: false })
  @ApiQuery({ name: 'format', enum: ['json', 'html', 'docx', 'md'], required: false })
  @ApiQuery({ name: 'addendum', enum: ['0', '1'], required: false })
  async report(
    @Param('cycle') ref: string,
    @Query(new ZodPipe(ZReportQuery)) query: ReportQuery,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ) {
    const cycle = await this.cycles.get(ref, user);
    const file = await this.compilation.compile(
      cycle,
      query.lang,
      query.format.toUpperCase() as 'JSON',
      query.addendum,
      user,
    );
    response.setHeader('X-Report-Version', file.versionId);
    send(response, file, query.download === '1' || query.format === 'docx');
  }

  @Get('report/checks')
  @ApiOperation({
    summary:
      'Pre-publication checks: length against 8,500 words, missing translations, replies not accepted, names of other entities, decisions against the length rule.',
  })
  @ApiQuery({ name: 'lang', required: false })
  @ApiQuery({ name: 'addendum', enum: ['0', '1'], required: false })
  async checks(
    @Param('cycle') ref: string,
    @Query(new ZodPipe(ZReportQuery)) query: ReportQuery,
    @CurrentUser() user: SessionUser,
  ) {
    return this.compilation.checks(await this.cycles.get(ref, user), query.lang, query.addendum);
  }

  @Get('report/introduction')
  @ApiOperation({
    summary:
      "The introduction's paragraphs in one language (mandate, requests, newInformationOnly, receivedAsAt, addenda): the generated text beside the editor's own.",
  })
  @ApiQuery({ name: 'lang', enum: ['en', 'fr', 'es', 'ru', 'zh', 'ar'], required: false })
  async introduction(
    @Param('cycle') ref: string,
    @Query(new ZodPipe(ZReportQuery)) query: ReportQuery,
    @CurrentUser() user: SessionUser,
  ) {
    return this.compilation.introduction(await this.cycles.get(ref, user), query.lang);
  }

  @Get('reports')
  @ApiOperation({ summary: 'Every stored compiled version: language, format, checksum, time and who compiled it.' })
  async versions(@Param('cycle') ref: string, @CurrentUser() user: SessionUser) {
    return this.compilation.versions(await this.cycles.get(ref, user));
  }

  @Get('reports/:id')
  @ApiOperation({ summary: 'A stored compiled version, byte for byte.' })
  async version(
    @Param('cycle') ref: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ) {
    const file = await this.compilation.storedVersion(await this.cycles.get(ref, user), id);
    send(response, file, true);
  }
}
