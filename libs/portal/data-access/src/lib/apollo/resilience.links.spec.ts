import { HttpErrorResponse } from '@angular/common/http';
import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client/core';
import { type Observable, of, throwError } from 'rxjs';

import { idempotencyLink, retryLink } from './resilience.links';

/** A client whose last link records each request's headers and answers from a script. */
function clientWith(answers: (() => Observable<ApolloLink.Result>)[]) {
  const seen: Record<string, string>[] = [];
  const terminal = new ApolloLink((operation) => {
    seen.push({ ...((operation.getContext()['headers'] as Record<string, string>) ?? {}) });
    const next = answers.shift();
    return next ? next() : of({ data: { ok: true } });
  });
  let n = 0;
  const client = new ApolloClient({
    link: ApolloLink.from([retryLink(), idempotencyLink(() => `key-${++n}`), terminal]),
    cache: new InMemoryCache(),
  });
  return { client, seen };
}

const down = () =>
  throwError(() => new HttpErrorResponse({ status: 503, statusText: 'Service Unavailable' }));
const SAVE = gql`
  mutation SaveGoals {
    setGoals(input: { goals: [] }) {
      id
    }
  }
`;

describe('resilience links', () => {
  beforeEach(() => jest.useFakeTimers({ advanceTimers: true }));
  afterEach(() => jest.useRealTimers());

  it('should send one Idempotency-Key per mutation and the same one on every retry', async () => {
    const { client, seen } = clientWith([down, down, () => of({ data: { setGoals: [] } })]);
    await client.mutate({ mutation: SAVE });
    expect(seen.map((h) => h['Idempotency-Key'])).toEqual(['key-1', 'key-1', 'key-1']);
    await client.mutate({ mutation: SAVE });
    expect(seen[3]['Idempotency-Key']).toBe('key-2');
  });

  it('should give sign-in no key and not retry it', async () => {
    const { client, seen } = clientWith([down]);
    await expect(
      client.mutate({
        mutation: gql`
          mutation Login {
            login(input: { email: "a", password: "b" }) {
              token
            }
          }
        `,
      }),
    ).rejects.toBeDefined();
    expect(seen).toEqual([{}]);
  });

  it('should retry queries on a transient failure but not on a refusal', async () => {
    const { client, seen } = clientWith([down, () => of({ data: { me: { __typename: 'User', id: '1' } } })]);
    await client.query({
      query: gql`
        query Me {
          me {
            id
          }
        }
      `,
    });
    expect(seen).toHaveLength(2);
    expect(seen[0]['Idempotency-Key']).toBeUndefined();

    const refused = clientWith([() => throwError(() => new HttpErrorResponse({ status: 400 }))]);
    await expect(
      refused.client.query({
        query: gql`
          query Other {
            other
          }
        `,
      }),
    ).rejects.toBeDefined();
    expect(refused.seen).toHaveLength(1);
  });

  it('should stop after three attempts', async () => {
    const { client, seen } = clientWith([down, down, down, down]);
    await expect(client.mutate({ mutation: SAVE })).rejects.toBeDefined();
    expect(seen).toHaveLength(3);
  });
});
