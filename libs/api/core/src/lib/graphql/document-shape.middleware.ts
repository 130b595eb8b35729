import { type NextFunction, type Response } from 'express';
import { type DocumentNode, parse } from 'graphql';

import { principalOf } from '../auth/auth.guard';
import { type PrincipalResolver } from '../auth/principal';
import { ErrorCode } from '../errors/error-code';
import { refuseInRouteShape } from '../http/route-refusal';
import { documentShapeProblem } from './document-shape';
import { MAX_ANONYMOUS_TOKENS, MAX_TOKENS } from './query-limits';
import { type AppRequest } from './request-context';

const TOO_MANY_TOKENS = /more th\w+ \d+ tokens/;

/**
 * Refuses a GraphQL document whose shape would make validation slow, before Apollo parses and
 * validates it (Apollo's hooks before validation cannot answer a request, only fail it). A caller who
 * has not signed in gets a smaller token budget. This parse is linear and stops at the budget, so a
 * refusal costs milliseconds; a document that does not parse for another reason is left to Apollo to
 * report as usual. Runs after the body parser and the rate limit (which has resolved the caller).
 */
export function documentShapeMiddleware(principals: PrincipalResolver) {
  return async (req: AppRequest, res: Response, next: NextFunction): Promise<void> => {
    const source = documentOf(req);
    if (source === null) return next();
    let signedIn: boolean;
    try {
      signedIn = (await principalOf(req, principals)) !== null;
    } catch (error) {
      return next(error);
    }
    const maxTokens = signedIn ? MAX_TOKENS : MAX_ANONYMOUS_TOKENS;
    const problem = shapeProblem(source, maxTokens, signedIn);
    if (problem)
      return refuseInRouteShape(req, res, 400, {
        message: problem,
        code: ErrorCode.BadUserInput,
        field: 'query',
      });
    next();
  };
}

/** Answers of `shapeProblem` for documents seen lately: clients send the same few documents again and again. */
const recent = new Map<string, string | null>();
const RECENT_DOCUMENTS = 500;
const LONGEST_KEPT = 8_000;

function shapeProblem(source: string, maxTokens: number, signedIn: boolean): string | null {
  if (source.length > LONGEST_KEPT) return checkShape(source, maxTokens, signedIn);
  const key = `${signedIn ? 1 : 0}${source}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const problem = checkShape(source, maxTokens, signedIn);
  if (recent.size >= RECENT_DOCUMENTS) recent.delete(recent.keys().next().value as string);
  recent.set(key, problem);
  return problem;
}

function checkShape(source: string, maxTokens: number, signedIn: boolean): string | null {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens, noLocation: true });
  } catch (error) {
    if (!TOO_MANY_TOKENS.test((error as Error).message)) return null;
    return signedIn
      ? `The query is longer than ${maxTokens} tokens`
      : `The query is longer than the ${maxTokens} tokens allowed before signing in`;
  }
  return documentShapeProblem(document);
}

/** The document a request carries: a POST body's `query` or a GET's `?query=`. Batches are refused by Apollo. */
function documentOf(req: AppRequest): string | null {
  const carrier: unknown = req.method === 'GET' ? req.query : req.body;
  const query =
    carrier && typeof carrier === 'object' && !Array.isArray(carrier)
      ? (carrier as { query?: unknown }).query
      : undefined;
  return typeof query === 'string' ? query : null;
}
