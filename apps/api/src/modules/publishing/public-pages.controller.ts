import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { UNSTORABLE_CHARACTERS, ZLanguage, type TLanguage } from '@replies/shared';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { sendFile } from '../../common/send-file';
import { Public } from '../auth/decorators';
import { PublicPagesService, type PublicFile, type PublicPage } from './public-pages.service';

const language = (value: unknown): TLanguage => {
  const parsed = ZLanguage.safeParse(value);
  return parsed.success ? parsed.data : 'en';
};
const version = (value: unknown): number | null =>
  typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : null;
/** What a reader typed: characters that are not text (U+0000, unpaired surrogates) are dropped, not refused. */
const typed = (max: number) => z.string().transform((value) => value.replace(UNSTORABLE_CHARACTERS, '').slice(0, max));
const ZSearch = z.object({
  q: typed(1000).default(''),
  cycle: typed(60).optional(),
  entity: typed(16).optional(),
  in: ZLanguage.optional().catch(undefined),
});

function page(response: Response, result: PublicPage) {
  response.status(result.status).type('html').setHeader('Cache-Control', 'no-cache').send(result.html);
}
function file(response: Response, result: PublicFile | null, notFound: () => PublicPage) {
  if (!result) return page(response, notFound());
  sendFile(response, { bytes: result.bytes, contentType: result.contentType, fileName: result.fileName });
}

/** Public pages at stable addresses: /reports, /reports/<symbol>, /reports/<symbol>/replies/<entity>. No account needed. */
@ApiExcludeController()
@Public()
@Controller('reports')
export class PublicPagesController {
  constructor(private readonly pages: PublicPagesService) {}

  @Get()
  async index(@Query('lang') lang: string, @Res() response: Response) {
    page(response, await this.pages.index(language(lang)));
  }

  // The query is read from the request, not through the input pipe: search terms are cleaned, never refused.
  @Get('search')
  async search(@Req() request: Request, @Res() response: Response) {
    const parsed = ZSearch.safeParse(request.query);
    page(response, await this.pages.search(parsed.success ? parsed.data : { q: '' }, language(request.query.lang)));
  }

  @Get(':slug')
  async report(
    @Param('slug') slug: string,
    @Query('lang') lang: string,
    @Query('version') v: string,
    @Res() response: Response,
  ) {
    page(response, await this.pages.report(slug, language(lang), version(v)));
  }

  @Get(':slug/download/:file')
  async download(
    @Param('slug') slug: string,
    @Param('file') name: string,
    @Query('version') v: string,
    @Res() response: Response,
  ) {
    file(response, await this.pages.download(slug, name, version(v)), () =>
      this.pages.notFound('en', `/reports/${slug}`),
    );
  }

  @Get(':slug/replies/:entity')
  async reply(
    @Param('slug') slug: string,
    @Param('entity') entity: string,
    @Query('lang') lang: string,
    @Res() response: Response,
  ) {
    page(response, await this.pages.reply(slug, entity, language(lang)));
  }

  @Get(':slug/replies/:entity/original')
  async original(@Param('slug') slug: string, @Param('entity') entity: string, @Res() response: Response) {
    file(response, await this.pages.original(slug, entity), () =>
      this.pages.notFound('en', `/reports/${slug}/replies/${entity}`),
    );
  }
}
