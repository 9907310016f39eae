import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators';
import { PublicFeedsService } from './public-feeds.service';
import { PAGE_CACHE, sendServed } from './public-http';

/** /robots.txt and /sitemap.xml, at the root of the site where crawlers look for them. */
@Public()
@Controller()
export class SiteFilesController {
  constructor(private readonly feeds: PublicFeedsService) {}

  @Get('robots.txt')
  robots(@Res() response: Response) {
    response
      .status(200)
      .type('text/plain; charset=utf-8')
      .setHeader('Cache-Control', PAGE_CACHE)
      .send(this.feeds.robots());
  }

  @Get('sitemap.xml')
  async sitemap(@Query('part') part: string, @Req() request: Request, @Res() response: Response) {
    const index = typeof part === 'string' && /^\d{1,4}$/.test(part) ? Number(part) : null;
    sendServed(request, response, await this.feeds.sitemap(index));
  }
}
