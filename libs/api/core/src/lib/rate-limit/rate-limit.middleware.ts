import { type NextFunction, type Response } from 'express';

import { principalOf } from '../auth/auth.guard';
import { callerId, type Principal, type PrincipalResolver } from '../auth/principal';
import { type AppConfig } from '../config/app-config';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
} from '../errors/database-unavailable';
import { ErrorCode } from '../errors/error-code';
import { type AppRequest } from '../graphql/request-context';
import { refuseInRouteShape } from '../http/route-refusal';
import { RateLimiter, type RateLimitStore } from './rate-limiter';

/**
 * Express middleware for the API routes: each caller (an API key, a user across all their sessions,
 * or an address when anonymous) gets its own allowance per minute, from the config. Runs before the
 * body is parsed, so a flood is refused cheaply. Every answer carries RateLimit-* headers; a refusal is
 * 429 with Retry-After and a coded error in the route's own shape (GraphQL or REST).
 */
export function rateLimitMiddleware(
  config: AppConfig,
  principals: PrincipalResolver,
  limiter: RateLimitStore = new RateLimiter(),
) {
  return async (req: AppRequest, res: Response, next: NextFunction): Promise<void> => {
    // The token (or, with RATE_LIMIT_STORE=postgres, the bucket) cannot be read while the database is
    // away: say so in the route's shape, retryable.
    const failed = (error: unknown) => {
      if (!isDatabaseUnavailable(error)) return next(error);
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return refuseInRouteShape(req, res, 503, {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        code: ErrorCode.ServiceUnavailable,
        retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      });
    };
    let principal: Principal | null;
    try {
      principal = await principalOf(req, principals);
    } catch (error) {
      return failed(error);
    }
    const caller = principal ? callerId(principal) : `ip:${req.ip ?? 'unknown'}`;
    const limit = !principal
      ? config.rateLimitAnonymousPerMinute
      : principal.kind === 'key'
        ? config.rateLimitKeyPerMinute
        : config.rateLimitUserPerMinute;
    if (limit === 0) return next();
    let decision;
    try {
      decision = await limiter.take(caller, limit);
    } catch (error) {
      return failed(error);
    }
    res.setHeader('RateLimit-Limit', String(decision.limit));
    res.setHeader('RateLimit-Remaining', String(decision.remaining));
    res.setHeader('RateLimit-Reset', String(decision.resetSeconds));
    res.setHeader('RateLimit-Policy', `${decision.limit};w=60`);
    if (decision.allowed) return next();
    const message = `Too many requests: ${decision.limit} a minute are allowed ${principal ? (principal.kind === 'key' ? 'per API key' : 'per user') : 'per address before signing in'}; try again in ${decision.retryAfterSeconds} s`;
    res.setHeader('Retry-After', String(decision.retryAfterSeconds));
    refuseInRouteShape(req, res, 429, {
      message,
      code: ErrorCode.TooManyRequests,
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  };
}
