import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, DEMO_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
const OWNER = 'darcel.schlecht@salesops.demo';
const OTHER = 'melvin.marxen@salesops.demo';

interface Answer {
  status: number;
  retryAfter: string | null;
  message?: string;
  code?: unknown;
  token?: string;
}

/**
 * The login throttle with RATE_LIMIT_STORE=postgres: two API processes on one database, as replicas
 * behind a balancer, count failed sign-ins as one (PostgresLoginThrottle, tables `login_failure` and
 * `login_known_address`). The rules themselves are login-throttle.spec's and sign-in-throttle.spec's.
 */
describe('sign-in throttle shared by two API processes (RATE_LIMIT_STORE=postgres)', () => {
  const env = { RATE_LIMIT_STORE: 'postgres', TRUST_PROXY: 'loopback' };
  let first: TestApp;
  let second: TestApp;

  async function signIn(t: TestApp, email: string, password: string, address: string): Promise<Answer> {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'x-forwarded-for': address,
      },
      body: JSON.stringify({ query: LOGIN, variables: { i: { email, password } } }),
    });
    const body = (await response.json()) as {
      data?: { login: { token: string } } | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      message: body.errors?.[0]?.message,
      code: body.errors?.[0]?.extensions?.['code'],
      token: body.data?.login.token,
    };
  }

  const failures = (key: string): Promise<{ count: number }[]> =>
    first.dataSource.query('SELECT count FROM login_failure WHERE key = $1', [key]);
  /** Moves a row's times back, as if the database's clock had gone on that long. */
  const age = (key: string, minutes: number) =>
    first.dataSource.query(
      `UPDATE login_failure SET since = since - make_interval(mins => $2), last = last - make_interval(mins => $2)
        WHERE key = $1`,
      [key, minutes],
    );

  beforeAll(async () => {
    first = await TestApp.start(env);
    second = await TestApp.beside(first, env);
  });

  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it('should count failures spread over both processes as one allowance and pause the pair on both', async () => {
    // The owner's usual address, known to both processes from one sign-in on either.
    expect((await signIn(second, OWNER, DEMO_PASSWORD, '10.1.0.1')).token).toEqual(expect.any(String));
    for (let i = 0; i < 10; i++) {
      const wrong = await signIn(i % 2 ? second : first, OWNER, `guess-${i}`, '203.0.113.9');
      expect([wrong.status, wrong.code]).toEqual([200, 'UNAUTHENTICATED']);
    }
    expect(await failures(`pair:203.0.113.9 ${OWNER}`)).toEqual([{ count: 10 }]);
    for (const t of [first, second]) {
      const paused = await signIn(t, OWNER, DEMO_PASSWORD, '203.0.113.9');
      expect(paused).toMatchObject({
        status: 429,
        message: 'Too many failed sign-ins; try again in 15 minutes',
        code: 'TOO_MANY_REQUESTS',
      });
      expect(Number(paused.retryAfter)).toBeGreaterThan(800);
      // The owner, from where they signed in before, on either process: not locked out.
      expect((await signIn(t, OWNER, DEMO_PASSWORD, '10.1.0.1')).token).toEqual(expect.any(String));
    }
    // Each throttle went to the audit trail once, though two processes counted the failures.
    const events: { summary_key: string }[] = await first.dataSource.query(
      "SELECT summary_key FROM audit_event WHERE action = 'auth.throttle' ORDER BY summary_key",
    );
    expect(events.map((e) => e.summary_key)).toEqual(['auth.throttle.email', 'auth.throttle.pair']);
  });

  it('should slow the email on both processes for addresses it never signed in from, not lock it', async () => {
    // The ten failures above slowed the email; a slowing of 30 s makes the test independent of timing.
    await first.dataSource.query(
      "UPDATE login_failure SET slow_until = clock_timestamp() + interval '30 seconds' WHERE key = $1",
      [`email:${OWNER}`],
    );
    for (const t of [first, second]) {
      const slowed = await signIn(t, OWNER, DEMO_PASSWORD, '198.51.100.7');
      expect([slowed.status, slowed.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
      expect(Number(slowed.retryAfter)).toBeGreaterThanOrEqual(29);
      expect(Number(slowed.retryAfter)).toBeLessThanOrEqual(30);
      expect(slowed.message).toMatch(/^Too many failed sign-ins; try again in (29|30) s$/);
    }
    await first.dataSource.query(
      "UPDATE login_failure SET slow_until = clock_timestamp() - interval '1 second' WHERE key = $1",
      [`email:${OWNER}`],
    );
    expect((await signIn(second, OWNER, DEMO_PASSWORD, '198.51.100.7')).token).toEqual(expect.any(String));
  });

  it("should end a pair's pause 15 minutes after its first failure, by the database's clock", async () => {
    await age(`pair:203.0.113.9 ${OWNER}`, 14);
    expect((await signIn(first, OWNER, 'guess-x', '203.0.113.9')).status).toBe(429);
    await age(`pair:203.0.113.9 ${OWNER}`, 1);
    // The pause is over; the next failure counts from 1 again.
    expect((await signIn(second, OWNER, 'guess-y', '203.0.113.9')).code).toBe('UNAUTHENTICATED');
    expect(await failures(`pair:203.0.113.9 ${OWNER}`)).toEqual([{ count: 1 }]);
  });

  it('should forget the failures of an email from an address once it signs in there, on any process', async () => {
    for (let i = 0; i < 9; i++) await signIn(first, OTHER, `guess-${i}`, '10.2.0.1');
    expect(await failures(`pair:10.2.0.1 ${OTHER}`)).toEqual([{ count: 9 }]);
    expect((await signIn(second, OTHER, DEMO_PASSWORD, '10.2.0.1')).token).toEqual(expect.any(String));
    expect(await failures(`pair:10.2.0.1 ${OTHER}`)).toEqual([]);
    await signIn(first, OTHER, 'guess-again', '10.2.0.1');
    expect(await failures(`pair:10.2.0.1 ${OTHER}`)).toEqual([{ count: 1 }]);
    const [known]: { addresses: string[] }[] = await first.dataSource.query(
      'SELECT addresses FROM login_known_address WHERE email = $1',
      [OTHER],
    );
    expect(known.addresses).toEqual(['10.2.0.1']);
  });

  it('should pause an address that failed for 50 emails on both processes, and only that address', async () => {
    for (let i = 0; i < 49; i++) {
      await first.dataSource.query(
        'INSERT INTO login_failure (key, count, since, last) VALUES ($1, 1, now(), now())',
        [`pair:192.0.2.50 nobody${i}@salesops.demo`],
      );
    }
    await first.dataSource.query(
      "INSERT INTO login_failure (key, count, since, last) VALUES ('ip:192.0.2.50', 49, now(), now())",
    );
    // The 50th failure, on the second process, starts the pause and writes it to the audit trail once.
    expect((await signIn(second, 'nobody49@salesops.demo', 'wrong-password', '192.0.2.50')).status).toBe(200);
    for (const t of [first, second]) {
      const paused = await signIn(t, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, '192.0.2.50');
      expect([paused.status, paused.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
    }
    expect((await signIn(first, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, '192.0.2.51')).token).toEqual(
      expect.any(String),
    );
    const [{ count }] = await first.dataSource.query(
      "SELECT count(*)::int AS count FROM audit_event WHERE action = 'auth.throttle' AND summary_key = 'auth.throttle.address'",
    );
    expect(count).toBe(1);
  });

  it('should answer 503 SERVICE_UNAVAILABLE with Retry-After, as the rate limits do, while the counts cannot be read', async () => {
    // The driver's error for a database that refuses connections, on the statements of the throttle only.
    const query = second.dataSource.query.bind(second.dataSource);
    const spy = jest
      .spyOn(second.dataSource, 'query')
      .mockImplementation((text: string, ...rest: unknown[]) =>
        text.includes('login_failure')
          ? Promise.reject(
              Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
            )
          : (query as (...args: unknown[]) => Promise<unknown>)(text, ...rest),
      );
    try {
      const answer = await signIn(second, OTHER, DEMO_PASSWORD, '10.2.0.1');
      expect(answer).toMatchObject({
        status: 503,
        retryAfter: '5',
        code: 'SERVICE_UNAVAILABLE',
        message: 'The database is unavailable right now; try again in a few seconds',
      });
    } finally {
      spy.mockRestore();
    }
  });
});
