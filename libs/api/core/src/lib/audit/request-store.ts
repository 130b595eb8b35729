import { AsyncLocalStorage } from 'node:async_hooks';

import { type NextFunction, type Response } from 'express';

import { type AppRequest } from '../graphql/request-context';

const storage = new AsyncLocalStorage<{ req: AppRequest }>();

/** Express middleware: everything that runs for this request can find it (and its caller) again. */
export function requestStoreMiddleware(req: AppRequest, _res: Response, next: NextFunction): void {
  storage.run({ req }, next);
}

/** The HTTP request being answered, if any (none in the CLI, seeds and timers). */
export function currentRequest(): AppRequest | undefined {
  return storage.getStore()?.req;
}
