import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  MAX_ORIGINAL_BYTES,
  ZReceiptQuery,
  ZReplyQueueFilter,
  ZSaveReply,
  ZSubmitReply,
  type TReceiptQuery,
  type TReply,
  type TReplySummary,
  type TSaveReply,
  type TSubmitReply,
  type TSubmittedReply,
} from '@replies/shared';
import type { z } from 'zod';
import type { Response } from 'express';
import { sendFile } from '../../common/send-file';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../../common/zod';
import { CurrentUser } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { CyclesService } from '../cycles/cycles.service';
import { OriginalsService, type UploadedFile as Upload } from './originals.service';
import { ReceiptService } from './receipt/receipt.service';
import { RepliesService } from './replies.service';

const entityParam = (code: string) => code.toUpperCase();
const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('replies')
@Controller('cycles/:cycle/replies')
export class RepliesController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly replies: RepliesService,
    private readonly originals: OriginalsService,
    private readonly receipts: ReceiptService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "The review queue: every invited or replying entity with its reply's status (a focal point: their own only).",
  })
  @ApiZodQuery(ZReplyQueueFilter)
  async list(
    @Param('cycle') ref: string,
    @Query(new ZodPipe(ZReplyQueueFilter)) filter: z.infer<typeof ZReplyQueueFilter>,
    @CurrentUser() user: SessionUser,
  ): Promise<TReplySummary[]> {
    return this.replies.list(await this.cycles.get(ref, user), user, filter);
  }

  @Get(':entity')
  @ApiOperation({ summary: "An entity's reply: status NOT_STARTED and version 0 when nothing is saved yet." })
  async get(
    @Param('cycle') ref: string,
    @Param('entity') entity: string,
    @CurrentUser() user: SessionUser,
  ): Promise<TReply> {
    return this.replies.get(await this.cycles.get(ref, user), entityParam(entity), user);
  }

  @Put(':entity')
  @ApiOperation({
    summary:
      'Save the draft. A stale version gets 409 STALE_VERSION with the stored draft in `current`; nothing is lost.',
  })
  @ApiZodBody(ZSaveReply)
  async save(
    @Param('cycle') ref: string,
    @Param('entity') entity: string,
    @Body(new ZodPipe(ZSaveReply)) body: TSaveReply,
    @CurrentUser() user: SessionUser,
  ): Promise<TReply> {
    return this.replies.save(await this.cycles.get(ref, user), entityParam(entity), body, user);
  }

  @Post(':entity/submit')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Submit the saved draft. Over the limit it needs a summary within the summary limit or webOnly (422 otherwise). ' +
      'Answers with the reply and `receipt: { reference, receivedOn, submittedAt }`; `declaration: true` is recorded with the version.',
  })
  @ApiZodBody(ZSubmitReply)
  async submit(
    @Param('cycle') ref: string,
    @Param('entity') entity: string,
    @Body(new ZodPipe(ZSubmitReply)) body: TSubmitReply,
    @CurrentUser() user: SessionUser,
  ): Promise<TSubmittedReply> {
    return this.replies.submit(await this.cycles.get(ref, user), entityParam(entity), user, body);
  }

  @Get(':entity/receipt')
  @ApiOperation({
    summary:
      'The receipt of the latest submission as a Word document (DOCX), in `lang` or the user’s language: reference ' +
      'number, date received, what was sent and the declaration, what happens next. 404 before any submission.',
  })
  @ApiZodQuery(ZReceiptQuery)
  async receipt(
    @Param('cycle') ref: string,
    @Param('entity') entity: string,
    @Query(new ZodPipe(ZReceiptQuery)) query: TReceiptQuery,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ) {
    const cycle = await this.cycles.get(ref, user);
    const file = await this.receipts.receipt(cycle, entityParam(entity), user, query.lang);
    response.setHeader('Content-Type', DOCX_MEDIA_TYPE);
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(file.content);
  }

  @Post(':entity/original')
  @ApiOperation({
    summary:
      'Upload the original (DOCX or PDF, 10 MB at most, checked by content); returns the text extracted from a DOCX.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  // File names arrive in UTF-8 from every browser (busboy would read them as Latin-1 otherwise).
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_ORIGINAL_BYTES, files: 1, fields: 10, parts: 12 },
      defParamCharset: 'utf8',
    }),
  )
  async upload(
    @Param('cycle') ref: string,
    @Param('entity') entity: string,
    @UploadedFile() file: Upload | undefined,
    @CurrentUser() user: SessionUser,
  ) {
    return this.originals.upload(await this.cycles.get(ref, user), entityParam(entity), file, user);
  }

  @Get(':entity/original')
  @ApiOperation({ summary: 'Download the uploaded original, unchanged.' })
  async download(
    @Param('cycle') ref: string,
    @Param('entity') entity: string,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ) {
    const file = await this.originals.download(await this.cycles.get(ref, user), entityParam(entity), user);
    sendFile(response, { bytes: file.content, contentType: file.mediaType, fileName: file.fileName });
  }

  @Get(':entity/versions/:number/original')
  @ApiOperation({ summary: 'Download the original sent with one submitted version, unchanged.' })
  async downloadOfVersion(
    @Param('cycle') ref: string,
    @Param('entity') entity: string,
    @Param('number') number: number,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ) {
    const cycle = await this.cycles.get(ref, user);
    const file = await this.originals.downloadOfVersion(cycle, entityParam(entity), number, user);
    sendFile(response, { bytes: file.content, contentType: file.mediaType, fileName: file.fileName });
  }
}
