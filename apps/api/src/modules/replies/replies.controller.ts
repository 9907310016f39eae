import { Body, Controller, Param, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { contract, MAX_ORIGINAL_BYTES, type BodyOf, type QueryOf, type TCycle } from '@replies/shared';
import type { Response } from 'express';
import { Endpoint } from '../../common/endpoint';
import { sendFile } from '../../common/send-file';
import { CurrentUser } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { Cycle } from '../cycles/cycle.decorator';
import { OriginalsService, type UploadedFile as Upload } from './originals.service';
import { ReceiptService } from './receipt/receipt.service';
import { RepliesService } from './replies.service';

const routes = contract.replies;
const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@Controller()
export class RepliesController {
  constructor(
    private readonly replies: RepliesService,
    private readonly originals: OriginalsService,
    private readonly receipts: ReceiptService,
  ) {}

  @Endpoint(routes.list)
  list(@Cycle() cycle: TCycle, @Query() filter: QueryOf<typeof routes.list>, @CurrentUser() user: SessionUser) {
    return this.replies.list(cycle, user, filter);
  }

  @Endpoint(routes.get)
  get(@Cycle() cycle: TCycle, @Param('entity') entity: string, @CurrentUser() user: SessionUser) {
    return this.replies.get(cycle, entity, user);
  }

  @Endpoint(routes.save)
  save(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @Body() body: BodyOf<typeof routes.save>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.replies.save(cycle, entity, body, user);
  }

  @Endpoint(routes.submit)
  submit(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @Body() body: BodyOf<typeof routes.submit>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.replies.submit(cycle, entity, user, body);
  }

  @Endpoint(routes.receipt)
  async receipt(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @Query() query: QueryOf<typeof routes.receipt>,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ) {
    const file = await this.receipts.receipt(cycle, entity, user, query.lang);
    response.setHeader('Content-Type', DOCX_MEDIA_TYPE);
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(file.content);
  }

  @Endpoint(routes.uploadOriginal)
  // File names arrive in UTF-8 from every browser (busboy would read them as Latin-1 otherwise).
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_ORIGINAL_BYTES, files: 1, fields: 10, parts: 12 },
      defParamCharset: 'utf8',
    }),
  )
  upload(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @UploadedFile() file: Upload | undefined,
    @CurrentUser() user: SessionUser,
  ) {
    return this.originals.upload(cycle, entity, file, user);
  }

  @Endpoint(routes.original)
  async download(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ) {
    const file = await this.originals.download(cycle, entity, user);
    sendFile(response, { bytes: file.content, contentType: file.mediaType, fileName: file.fileName });
  }

  @Endpoint(routes.versionOriginal)
  async downloadOfVersion(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @Param('number') number: number,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ) {
    const file = await this.originals.downloadOfVersion(cycle, entity, number, user);
    sendFile(response, { bytes: file.content, contentType: file.mediaType, fileName: file.fileName });
  }
}
