import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  type AppConfig,
  createValidationPipe,
  documentShapeMiddleware,
  jsonBodyMiddleware,
  PostgresRateLimiter,
  PRINCIPAL_RESOLVER,
  type PrincipalResolver,
  RateLimiter,
  rateLimitMiddleware,
  RejectNulPipe,
  requestStoreMiddleware,
  ResponseCache,
  securityHeadersMiddleware,
} from '@salesops/api/core';
import { type NextFunction, type Request, type Response } from 'express';
import { type DataSource } from 'typeorm';

import { AppModule } from './app.module';
import { compressedAssets } from './compressed-assets';
import { type DatabaseTarget } from './data-source-options';

/** Every JSON request body, GraphQL included; CSV uploads have their own limit. */
const MAX_JSON_BODY_BYTES = 1024 * 1024;
const API_PATHS = /^\/(graphql|graphiql|health|ready)(\/|$)/;

/** Builds the HTTP application: GraphQL, health, and (when built) the portal from the same origin. */
export async function createApp(
  config: AppConfig,
  database: DatabaseTarget,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database), {
    logger: config.logLevels,
    bodyParser: false,
  });
  // Behind a proxy, the client's address (which the throttles key on) comes from X-Forwarded-For.
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  // Every answer, refusals included, carries the security headers (CSP, X-Frame-Options, nosniff).
  app.use(securityHeadersMiddleware());
  // Before any handler, so everything a request runs (down to the audit trail) can find its caller.
  app.use(requestStoreMiddleware);
  // Before the body is parsed, so a flood costs little; health checks and the portal's files are not limited.
  app.use(
    ['/graphql', '/imports'],
    rateLimitMiddleware(
      config,
      app.get<PrincipalResolver>(PRINCIPAL_RESOLVER),
      config.rateLimitStore === 'postgres'
        ? new PostgresRateLimiter(app.get<DataSource>(getDataSourceToken()))
        : new RateLimiter(),
    ),
  );
  // Our own JSON parser, so a bad body gets a coded error like every other refusal.
  app.use(jsonBodyMiddleware(MAX_JSON_BODY_BYTES));
  // A whole answer kept for this version of the data is sent from here, before Nest and Apollo (decision 0038).
  app.use('/graphql', app.get(ResponseCache).middleware());
  // Before Apollo validates: a document shaped to make validation slow is refused in milliseconds.
  app.use('/graphql', documentShapeMiddleware(app.get<PrincipalResolver>(PRINCIPAL_RESOLVER)));
  app.useGlobalPipes(new RejectNulPipe(), createValidationPipe());
  app.disable('x-powered-by');
  // No ETag on API answers: Express hashed every GraphQL body (about 1.5 % of a list page's CPU) for a
  // conditional GET no GraphQL client sends. The portal's files keep theirs (serve-static's own setting).
  app.set('etag', false);
  if (config.portalDir && existsSync(join(config.portalDir, 'index.html')))
    servePortal(app, config.portalDir);
  return app;
}

function servePortal(app: NestExpressApplication, portalDir: string): void {
  app.use(compressedAssets(portalDir, 3600));
  app.useStaticAssets(portalDir, { index: false, maxAge: '1h' });
  const indexHtml = join(portalDir, 'index.html');
  // Client-side routes (/reps, /teams/...) all load the single-page app.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
