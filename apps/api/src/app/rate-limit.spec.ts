import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

describe('Rate limits per user, per API key and per address', () => {
  let t: TestApp;
  let admin: string;
  let secondSession: string;
  let rep: string;
  let key: string;

  const ask = (token: string | null, query = '{ me { name } }') =>
    fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: GRAPHQL_RESPONSE,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    t = await TestApp.start({
      RATE_LIMIT_USER_PER_MINUTE: '20',
      RATE_LIMIT_KEY_PER_MINUTE: '30',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10',
    });
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    secondSession = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    rep = await t.login('darcel.schlecht@salesops.demo');
    const created = await t.gql<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(input: { name: "Sync", scopes: [READ] }) { key } }',
      {},
      admin,
    );
    key = created.data?.createApiKey.key as string;
  });

  afterAll(() => t.stop());

  it('should count a user across all their sessions and refuse past the limit with 429, Retry-After and a coded error', async () => {
    // Three logins and the key creation above were anonymous or admin requests: the admin has spent 1 of 20.
    const answers = await Promise.all(
      Array.from({ length: 19 }, (_, i) => ask(i % 2 ? admin : secondSession)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(19).fill(200));
    expect(answers.map((a) => Number(a.headers.get('ratelimit-remaining'))).sort((a, b) => a - b)[0]).toBe(0);
    expect(answers[0].headers.get('ratelimit-limit')).toBe('20');

    const refused = await ask(admin);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = await refused.json();
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            /^Too many requests: 20 a minute are allowed per user; try again in \d+ s$/,
          ),
          extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) },
        },
      ],
    });
  });

  it('should leave other users, keys and health checks their own allowance', async () => {
    expect((await ask(rep)).status).toBe(200);
    expect((await ask(key, '{ reps(first: 1) { totalCount } }')).headers.get('ratelimit-limit')).toBe('30');
    expect((await fetch(t.url.replace('/graphql', '/health'))).status).toBe(200);
  });

  it('should hold anonymous callers to the address limit, sign-in included', async () => {
    // The three logins in beforeAll came from this address too.
    const answers = [];
    for (let i = 0; i < 8; i++)
      answers.push(
        (
          await ask(
            null,
            'mutation { login(input: { email: "nobody@x.io", password: "wrong-password" }) { token } }',
          )
        ).status,
      );
    expect(answers.slice(0, 7)).toEqual(Array(7).fill(200));
    expect(answers[7]).toBe(429);
  });

  it('should refuse REST uploads past the limit in the REST error shape', async () => {
    let response: Response | undefined;
    for (let i = 0; i < 40; i++) {
      response = await fetch(t.url.replace('/graphql', '/imports/00000000-0000-4000-8000-000000000000'), {
        method: 'PUT',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
        body: 'x',
      });
      if (response.status === 429) break;
    }
    expect(response?.status).toBe(429);
    expect(await response?.json()).toEqual({
      error: {
        code: 'TOO_MANY_REQUESTS',
        message: expect.stringContaining('per API key'),
        retryAfterSeconds: expect.any(Number),
      },
    });
  });
});

describe('Rate limits shared by two API processes on one database (RATE_LIMIT_STORE=postgres)', () => {
  const env = {
    RATE_LIMIT_STORE: 'postgres',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '6',
    RATE_LIMIT_USER_PER_MINUTE: '8',
  };
  let first: TestApp;
  let second: TestApp;
  let admin: string;

  const ask = (url: string, token: string | null = null) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: GRAPHQL_RESPONSE,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  beforeAll(async () => {
    first = await TestApp.start(env);
    second = await TestApp.beside(first, env);
    // Signing in is an anonymous request: it spends 1 of the address's 6.
    admin = await second.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it('should give an address one allowance across both processes, not one each', async () => {
    const statuses: number[] = [];
    // Alternating between the processes, as a balancer would: 5 more allowed in all, then refused by either.
    for (let i = 0; i < 7; i++) statuses.push((await ask(i % 2 ? second.url : first.url)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const buckets: { tokens: number }[] = await first.dataSource.query(
      `SELECT tokens FROM rate_limit_bucket WHERE caller LIKE 'ip:%'`,
    );
    expect(buckets).toHaveLength(1);
    expect(buckets[0].tokens).toBeLessThan(1);
  });

  it('should not let concurrent requests through both processes spend one token twice', async () => {
    const answers = await Promise.all(
      Array.from({ length: 14 }, (_, i) => ask(i % 2 ? second.url : first.url, admin)),
    );
    const statuses = answers.map((a) => a.status);
    // The user's 8 a minute, whichever process answered.
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
  });
});
