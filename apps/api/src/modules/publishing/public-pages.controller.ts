import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { UNSTORABLE_CHARACTERS } from '@replies/shared';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators';
import { PublicFeedsService } from './public-feeds.service';
import { PublicFilesService } from './public-files.service';
import { language, sendFile, sendServed, sendStream, version } from './public-http';
import { HTML, PublicPagesService } from './public-pages.service';
import { PublicSearchService, ZSearchQuery } from './public-search.service';

/** What a reader typed: characters that are not text (U+0000, unpaired surrogates) are dropped; a repeated parameter counts once. */
function typedSearch(raw: Request['query']): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') query[name] = first.replace(UNSTORABLE_CHARACTERS, '').slice(0, 1000);
  }
  return query;
}

/**
 * The public reading room at stable addresses under /reports: no account needed. Pages and lists
 * are served as rendered at publication, with an ETag; files with their checksum. HTML for readers,
 * not the API: these routes are outside the contract (listed in its OUTSIDE_THE_CONTRACT).
 */
@Public()
@Controller('reports')
export class PublicPagesController {
  constructor(
    private readonly pages: PublicPagesService,
    private readonly files: PublicFilesService,
    private readonly feeds: PublicFeedsService,
    private readonly searching: PublicSearchService,
  ) {}

  @Get()
  async index(@Query('lang') lang: string, @Req() request: Request, @Res() response: Response) {
    sendServed(request, response, await this.pages.index(language(lang)));
  }

  // The query is read from the request, not through the input pipe: search terms are cleaned, never refused.
  @Get('search')
  async search(@Req() request: Request, @Res() response: Response) {
    const query = typedSearch(request.query);
    const html = await this.searching.page(ZSearchQuery.parse(query), language(query.lang));
    response.status(200).type(HTML).setHeader('Cache-Control', 'public, max-age=60').send(html);
  }

  @Get('feed.xml')
  async feed(@Query('lang') lang: string, @Req() request: Request, @Res() response: Response) {
    sendServed(request, response, await this.feeds.feed(language(lang)));
  }

  @Get('entities/:code')
  async entity(
    @Param('code') code: string,
    @Query('lang') lang: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    sendServed(request, response, await this.pages.entity(code, language(lang)));
  }

  @Get(':slug')
  async report(
    @Param('slug') slug: string,
    @Query('lang') lang: string,
    @Query('version') v: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    sendServed(request, response, await this.pages.report(slug, language(lang), version(v)));
  }

  @Get(':slug/replies.json')
  async repliesJson(
    @Param('slug') slug: string,
    @Query('version') v: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    sendServed(request, response, await this.files.repliesList(slug, 'json', version(v)));
  }

  @Get(':slug/replies.csv')
  async repliesCsv(
    @Param('slug') slug: string,
    @Query('version') v: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const served = await this.files.repliesList(slug, 'csv', version(v));
    if (served.status === 200) response.setHeader('Content-Disposition', `attachment; filename="${slug}-replies.csv"`);
    sendServed(request, response, served);
  }

  @Get(':slug/download/full-texts.zip')
  async fullTexts(
    @Param('slug') slug: string,
    @Query('version') v: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    sendStream(request, response, await this.files.fullTexts(slug, version(v)), version(v) !== null, () =>
      this.pages.notFound('en', `/reports/${slug}`),
    );
  }

  @Get(':slug/download/:file')
  async download(
    @Param('slug') slug: string,
    @Param('file') name: string,
    @Query('version') v: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    sendFile(request, response, await this.files.download(slug, name, version(v)), version(v) !== null, () =>
      this.pages.notFound('en', `/reports/${slug}`),
    );
  }

  @Get(':slug/replies/:entity')
  async reply(
    @Param('slug') slug: string,
    @Param('entity') entity: string,
    @Query('lang') lang: string,
    @Query('version') v: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    sendServed(request, response, await this.pages.reply(slug, entity, language(lang), version(v)));
  }

  @Get(':slug/replies/:entity/original')
  async original(
    @Param('slug') slug: string,
    @Param('entity') entity: string,
    @Query('version') v: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    sendFile(request, response, await this.files.original(slug, entity, version(v)), version(v) !== null, () =>
      this.pages.notFound('en', `/reports/${slug}/replies/${entity}`),
    );
  }
}
