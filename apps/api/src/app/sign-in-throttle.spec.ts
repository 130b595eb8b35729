import { DEMO_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
const OWNER = 'darcel.schlecht@salesops.demo';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: {
    data?: { login: { token: string } } | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

describe('sign-in throttle per email and address (GraphQL over HTTP)', () => {
  let t: TestApp;

  /** A sign-in as if from `address`: the test app trusts X-Forwarded-For from loopback, as behind a proxy. */
  async function signIn(email: string, password: string, address: string): Promise<Answer> {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'x-forwarded-for': address,
      },
      body: JSON.stringify({ query: LOGIN, variables: { i: { email, password } } }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as Answer['body'],
    };
  }

  beforeAll(async () => {
    // As configured behind a proxy on the same machine (TRUST_PROXY, read by createApp).
    t = await TestApp.start({ TRUST_PROXY: 'loopback' });
  });

  afterAll(() => t.stop());

  it("should keep the owner signing in from their usual address while others' guesses are refused with 429 and Retry-After", async () => {
    expect((await signIn(OWNER, DEMO_PASSWORD, '10.1.0.1')).body.data?.login.token).toEqual(
      expect.any(String),
    );
    for (let i = 0; i < 10; i++) {
      const wrong = await signIn(OWNER, `guess-${i}`, '203.0.113.9');
      expect([wrong.status, wrong.body.errors?.[0]?.extensions?.['code']]).toEqual([200, 'UNAUTHENTICATED']);
    }
    // The guesser's address is paused for this email, even with the right password.
    const paused = await signIn(OWNER, DEMO_PASSWORD, '203.0.113.9');
    expect(paused.status).toBe(429);
    expect(Number(paused.retryAfter)).toBeGreaterThan(800);
    expect(paused.body).toEqual({
      errors: [
        {
          message: 'Too many failed sign-ins; try again in 15 minutes',
          path: ['login'],
          locations: expect.any(Array),
          extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: Number(paused.retryAfter) },
        },
      ],
      data: null,
    });
    // The owner, from where they signed in before: not locked out.
    const owner = await signIn(OWNER, DEMO_PASSWORD, '10.1.0.1');
    expect([owner.status, owner.body.errors]).toEqual([200, undefined]);
    expect(owner.body.data?.login.token).toEqual(expect.any(String));
  });

  it('should slow, not lock, the email for addresses it never signed in from', async () => {
    // The ten failures above slowed the email: a new address waits a second or two, then gets its try.
    const early = await signIn(OWNER, 'guess-x', '198.51.100.7');
    const slowed = early.status === 429 ? early : await signIn(OWNER, DEMO_PASSWORD, '198.51.100.8');
    expect(slowed.status).toBe(429);
    expect(Number(slowed.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(slowed.retryAfter)).toBeLessThanOrEqual(60);
    expect(slowed.body.errors?.[0]?.extensions).toEqual({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: Number(slowed.retryAfter),
    });
    await new Promise((resolve) => setTimeout(resolve, Number(slowed.retryAfter) * 1000 + 100));
    const owner = await signIn(OWNER, DEMO_PASSWORD, '198.51.100.8');
    expect([owner.status, owner.body.errors]).toEqual([200, undefined]);
  });

  it('should pause an address that fails for 50 emails, and only that address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++)
      statuses.push((await signIn(`nobody${i}@salesops.demo`, 'wrong-password', '192.0.2.50')).status);
    expect(statuses).toEqual(Array(50).fill(200));
    const paused = await signIn('melvin.marxen@salesops.demo', DEMO_PASSWORD, '192.0.2.50');
    expect([paused.status, paused.body.errors?.[0]?.extensions?.['code']]).toEqual([
      429,
      'TOO_MANY_REQUESTS',
    ]);
    expect(Number(paused.retryAfter)).toBeGreaterThan(0);
    expect((await signIn('melvin.marxen@salesops.demo', DEMO_PASSWORD, '192.0.2.51')).status).toBe(200);
  }, 120_000);

  it('should write each throttle to the audit trail once, when it starts', async () => {
    const [user]: { id: string }[] = await t.dataSource.query('SELECT id FROM app_user WHERE email = $1', [
      OWNER,
    ]);
    const events: {
      summary_key: string;
      entity_type: string;
      entity_id: string | null;
      actor_label: string;
      summary: string;
    }[] = await t.dataSource.query(
      "SELECT summary_key, entity_type, entity_id, actor_label, summary FROM audit_event WHERE action = 'auth.throttle' ORDER BY summary_key",
    );
    expect(events).toEqual([
      {
        summary_key: 'auth.throttle.address',
        entity_type: 'sign_in',
        entity_id: null,
        actor_label: 'system',
        summary: expect.stringMatching(
          /^Sign-in from 192\.0\.2\.50 paused for 1[45] minutes after 50 failed tries$/,
        ),
      },
      {
        summary_key: 'auth.throttle.email',
        entity_type: 'sign_in',
        entity_id: user.id,
        actor_label: 'system',
        summary: `Sign-in for ${OWNER} slowed down from new addresses after 10 failed tries`,
      },
      {
        summary_key: 'auth.throttle.pair',
        entity_type: 'sign_in',
        entity_id: user.id,
        actor_label: 'system',
        summary: expect.stringMatching(
          new RegExp(
            `^Sign-in for ${OWNER.replace(/\./g, '\\.')} from 203\\.0\\.113\\.9 paused for 1[45] minutes after 10 failed tries$`,
          ),
        ),
      },
    ]);
  });
});
