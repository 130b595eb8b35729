import { type NextFunction, type Response } from 'express';

import { type Principal, type PrincipalResolver } from '../auth/principal';
import { Role } from '../auth/role';
import { documentShapeMiddleware } from './document-shape.middleware';
import { MAX_ANONYMOUS_TOKENS } from './query-limits';
import { type AppRequest } from './request-context';

describe('documentShapeMiddleware', () => {
  const admin: Principal = { userId: 'u1', role: Role.ADMIN, repId: null } as Principal;
  const principals: PrincipalResolver = { resolveToken: async (token) => (token === 'good' ? admin : null) };
  const check = documentShapeMiddleware(principals);

  /** The status the middleware answers `query` with for a caller with `token`, or 'next' when it lets it on. */
  async function answer(query: string, token?: string): Promise<number | 'next'> {
    const req = {
      method: 'POST',
      body: { query },
      headers: token ? { authorization: `Bearer ${token}` } : {},
      originalUrl: '/graphql',
    } as unknown as AppRequest;
    let status: number | 'next' = 'next';
    const res = {
      status: (code: number) => ((status = code), res),
      setHeader: () => res,
      send: () => res,
      json: () => res,
      end: () => res,
    } as unknown as Response;
    await check(req, res, (() => undefined) as NextFunction);
    return status;
  }

  // Over the anonymous budget, under the signed-in one.
  const long = `{ ${Array.from({ length: MAX_ANONYMOUS_TOKENS }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  const fanOut = `{ ${Array.from({ length: 2_000 }, () => 'a: __typename').join(' ')} }`;

  it('should judge a document it has seen the same way again, per kind of caller', async () => {
    for (let round = 0; round < 3; round++) {
      expect(await answer(long)).toBe(400);
      expect(await answer(long, 'good')).toBe('next');
      expect(await answer(long, 'bad')).toBe(400);
      expect(await answer(fanOut, 'good')).toBe(400);
      expect(await answer('{ __typename }')).toBe('next');
    }
  });

  it('should still judge documents right after more distinct ones than it keeps', async () => {
    for (let i = 0; i < 1_200; i++) expect(await answer(`{ a${i}: __typename }`, 'good')).toBe('next');
    expect(await answer(long)).toBe(400);
    expect(await answer(long, 'good')).toBe('next');
  });
});
