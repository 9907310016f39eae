import { Controller, Param, Query, Res } from '@nestjs/common';
import { contract, type QueryOf, type TCycle } from '@replies/shared';
import type { Response } from 'express';
import { Endpoint } from '../../common/endpoint';
import { sendFile, type FileToSend } from '../../common/send-file';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { Cycle } from '../cycles/cycle.decorator';
import { CompilationService } from './compilation.service';

const routes = contract.compilation;

function send(response: Response, file: FileToSend & { checksum: string }, download: boolean) {
  response.setHeader('X-Checksum-SHA256', file.checksum);
  sendFile(response, file, download ? 'attachment' : 'inline');
}

@Roles('EDITOR', 'ADMIN')
@Controller()
export class CompilationController {
  constructor(private readonly compilation: CompilationService) {}

  @Endpoint(routes.report)
  async report(
    @Cycle() cycle: TCycle,
    @Query() query: QueryOf<typeof routes.report>,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ) {
    const format = query.format.toUpperCase() as Uppercase<typeof query.format>;
    const file = await this.compilation.compile(cycle, query.lang, format, query.addendum, user);
    response.setHeader('X-Report-Version', file.versionId);
    send(response, file, query.download === '1' || query.format === 'docx');
  }

  @Endpoint(routes.checks)
  checks(@Cycle() cycle: TCycle, @Query() query: QueryOf<typeof routes.checks>) {
    return this.compilation.checks(cycle, query.lang, query.addendum);
  }

  @Endpoint(routes.introduction)
  introduction(@Cycle() cycle: TCycle, @Query() query: QueryOf<typeof routes.introduction>) {
    return this.compilation.introduction(cycle, query.lang);
  }

  @Endpoint(routes.versions)
  versions(@Cycle() cycle: TCycle) {
    return this.compilation.versions(cycle);
  }

  @Endpoint(routes.version)
  async version(@Cycle() cycle: TCycle, @Param('id') id: string, @Res() response: Response) {
    send(response, await this.compilation.storedVersion(cycle, id), true);
  }
}
