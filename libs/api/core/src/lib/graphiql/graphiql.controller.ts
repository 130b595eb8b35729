import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';

import { Public } from '../auth/roles.decorator';
import { AppError } from '../errors/app-error';
import { ExplorerAssets } from './explorer-assets';
import { EXPLORER_HEADERS, explorerPage } from './explorer-page';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The API explorer (GraphiQL), served by the API itself with no CDN. The page and its files are public:
 * who may read the schema is decided by /graphql (admins and API keys), which the page asks before it
 * loads GraphiQL.
 */
@Controller('graphiql')
@Public()
export class GraphiqlController {
  private readonly assets = new ExplorerAssets();
  private readonly page = explorerPage(this.assets);

  @Get()
  explorer(@Res() res: Response): void {
    res.set(EXPLORER_HEADERS).type('html').send(this.page);
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Req() req: Request, @Res() res: Response): void {
    const asset = this.assets.get(name);
    if (!asset) throw AppError.notFound('Explorer file');
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.set({
      'Content-Type': asset.type,
      'Cache-Control': `public, max-age=${YEAR_SECONDS}, immutable`,
      'X-Content-Type-Options': 'nosniff',
      ETag: gzip ? `${asset.etag.slice(0, -1)}-gz"` : asset.etag,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.send(asset.content(gzip));
  }
}
