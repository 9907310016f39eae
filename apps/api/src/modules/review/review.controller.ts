import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  ZAcceptReply,
  ZLanguage,
  ZReturnReply,
  ZWholeNumberText,
  ZSaveTranslation,
  ZWithdrawReply,
  type TAcceptReply,
  type TReturnReply,
  type TSaveTranslation,
  type TWithdrawReply,
} from '@replies/shared';
import { z } from 'zod';
import { ApiZodBody, ZodPipe } from '../../common/zod';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { CyclesService } from '../cycles/cycles.service';
import { ReviewService } from './review.service';

const ZDiffQuery = z.object({
  from: ZWholeNumberText(1),
  to: ZWholeNumberText(1),
  lang: ZLanguage.optional(),
});
const languageParam = new ZodPipe(ZLanguage);
const entity = (code: string) => code.toUpperCase();

@ApiTags('review')
@Controller('cycles/:cycle/replies/:entity')
export class ReviewController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly review: ReviewService,
  ) {}

  @Post('return')
  @HttpCode(200)
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Return a submitted reply to its sender with a comment; they can revise and resubmit.' })
  @ApiZodBody(ZReturnReply)
  async returnReply(
    @Param('cycle') ref: string,
    @Param('entity') code: string,
    @Body(new ZodPipe(ZReturnReply)) body: TReturnReply,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.returnReply(await this.cycles.get(ref, user), entity(code), body, user);
  }

  @Post('accept')
  @HttpCode(200)
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({
    summary:
      'Accept a submitted reply with FULL, SUMMARY or WEB_ONLY; overriding the proposed decision needs a reason.',
  })
  @ApiZodBody(ZAcceptReply)
  async accept(
    @Param('cycle') ref: string,
    @Param('entity') code: string,
    @Body(new ZodPipe(ZAcceptReply)) body: TAcceptReply,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.accept(await this.cycles.get(ref, user), entity(code), body, user);
  }

  @Post('withdraw')
  @HttpCode(200)
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Withdraw a reply from the report and its addenda; the history keeps it.' })
  @ApiZodBody(ZWithdrawReply)
  async withdraw(
    @Param('cycle') ref: string,
    @Param('entity') code: string,
    @Body(new ZodPipe(ZWithdrawReply)) body: TWithdrawReply,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.withdraw(await this.cycles.get(ref, user), entity(code), body, user);
  }

  @Put('translations/:lang')
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({
    summary: 'Add or edit the translation of an accepted reply into another official language (versioned).',
  })
  @ApiZodBody(ZSaveTranslation)
  async translate(
    @Param('cycle') ref: string,
    @Param('entity') code: string,
    @Param('lang', languageParam) lang: z.infer<typeof ZLanguage>,
    @Body(new ZodPipe(ZSaveTranslation)) body: TSaveTranslation,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.saveTranslation(await this.cycles.get(ref, user), entity(code), lang, body, user);
  }

  @Get('versions')
  @ApiOperation({ summary: 'Every submission, Secretariat entry and translation of the reply, oldest first.' })
  async versions(@Param('cycle') ref: string, @Param('entity') code: string, @CurrentUser() user: SessionUser) {
    return this.review.versions(await this.cycles.get(ref, user), entity(code), user);
  }

  @Get('versions/:number')
  @ApiOperation({ summary: 'One immutable version as it was stored.' })
  async version(
    @Param('cycle') ref: string,
    @Param('entity') code: string,
    @Param('number', ParseIntPipe) number: number,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.version(await this.cycles.get(ref, user), entity(code), number, user);
  }

  @Get('diff')
  @ApiOperation({ summary: 'What changed between two versions, word by word (character by character in Chinese).' })
  @ApiQuery({ name: 'from', type: Number })
  @ApiQuery({ name: 'to', type: Number })
  @ApiQuery({ name: 'lang', required: false })
  async diff(
    @Param('cycle') ref: string,
    @Param('entity') code: string,
    @Query(new ZodPipe(ZDiffQuery)) query: z.infer<typeof ZDiffQuery>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.diff(await this.cycles.get(ref, user), entity(code), query.from, query.to, query.lang, user);
  }

  @Get('decisions')
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: 'The decisions taken on the reply, with the proposed one and the reason for any override.' })
  async decisions(@Param('cycle') ref: string, @Param('entity') code: string, @CurrentUser() user: SessionUser) {
    return this.review.decisions(await this.cycles.get(ref, user), entity(code), user);
  }

  @Get('repetitions')
  @Roles('EDITOR', 'ADMIN')
  @ApiOperation({ summary: "New information only: passages that repeat the entity's reply to the previous cycle." })
  async repetitions(@Param('cycle') ref: string, @Param('entity') code: string, @CurrentUser() user: SessionUser) {
    return this.review.repetitions(await this.cycles.get(ref, user), entity(code), user);
  }
}
