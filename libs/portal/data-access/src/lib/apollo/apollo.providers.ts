import { HttpErrorResponse } from '@angular/common/http';
import { type EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { Router } from '@angular/router';
import { ApolloLink, InMemoryCache } from '@apollo/client/core';
import { ErrorLink } from '@apollo/client/link/error';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

import { SessionStore } from '../auth/session.store';
import { graphQLErrorsOf } from '../errors/graphql-errors';
import { idempotencyLink, retryLink } from './resilience.links';

export const GRAPHQL_PATH = '/graphql';

/** True when the API says the token is missing, expired or revoked. */
export function isUnauthenticated(error: unknown): boolean {
  if (error instanceof HttpErrorResponse && error.status === 401) return true;
  return graphQLErrorsOf(error).some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
}

/**
 * Apollo for the portal: same-origin `/graphql`, the bearer token on every request, an Idempotency-Key
 * on every mutation (so a retry after a dropped connection changes nothing twice), and a signed-out
 * user sent back to /login when the API no longer accepts the token.
 * Needs `provideHttpClient()` and the router.
 */
export function provideSalesOpsApollo(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideApollo(() => {
      const httpLink = inject(HttpLink);
      const session = inject(SessionStore);
      const router = inject(Router);

      const auth = new ApolloLink((operation, forward) => {
        const token = session.token();
        if (token) {
          operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
            headers: { ...headers, Authorization: `Bearer ${token}` },
          }));
        }
        return forward(operation);
      });

      const errors = new ErrorLink(({ error, operation }) => {
        // A failed login is UNAUTHENTICATED too; the login page shows that itself.
        if (operation.operationName === 'Login' || !isUnauthenticated(error)) return;
        session.clear();
        void router.navigate(['/login'], { queryParams: { returnUrl: router.url, expired: 1 } });
      });

      return {
        link: ApolloLink.from([
          errors,
          retryLink(),
          idempotencyLink(),
          auth,
          httpLink.create({ uri: GRAPHQL_PATH }),
        ]),
        cache: new InMemoryCache(),
        defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
      };
    }),
  ]);
}
