import { HttpErrorResponse } from '@angular/common/http';
import { ApolloLink } from '@apollo/client/core';
import { RetryLink } from '@apollo/client/link/retry';
import { OperationTypeNode } from 'graphql';

/** Mutations that must not carry a key: nobody is signed in yet for Login (the API refuses it then). */
const WITHOUT_KEY = new Set(['Login', 'Logout']);

/** HTTP statuses that mean "the request did not reach the API, or the API could not answer now". */
const TRANSIENT = new Set([0, 502, 503, 504]);

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Pages served over plain http from another host have no randomUUID; getRandomValues is everywhere.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Gives each mutation an Idempotency-Key, once per operation: a retry of the same operation (below)
 * sends the same key, so the API runs the change once and replays its answer.
 */
export function idempotencyLink(newKey: () => string = newIdempotencyKey): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (
      operation.operationType === OperationTypeNode.MUTATION &&
      !WITHOUT_KEY.has(operation.operationName ?? '')
    ) {
      const key = (operation.getContext()['idempotencyKey'] as string | undefined) ?? newKey();
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        idempotencyKey: key,
        headers: { ...headers, 'Idempotency-Key': key },
      }));
    }
    return forward(operation);
  });
}

/**
 * Retries what is safe to retry when the API was briefly unreachable (a restart, a dropped connection,
 * a gateway timeout): queries, and mutations that carry an Idempotency-Key. Three attempts in all.
 */
export function retryLink(): ApolloLink {
  return new RetryLink({
    delay: { initial: 300, max: 2000, jitter: true },
    attempts: {
      max: 3,
      retryIf: (error, operation) =>
        error instanceof HttpErrorResponse &&
        TRANSIENT.has(error.status) &&
        (operation.operationType !== OperationTypeNode.MUTATION ||
          Boolean(operation.getContext()['idempotencyKey'])),
    },
  });
}
