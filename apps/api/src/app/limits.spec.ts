import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

describe('abuse limits', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(() => t.stop());

  async function timed<T>(action: () => Promise<T>): Promise<[T, number]> {
    const started = Date.now();
    const result = await action();
    return [result, Date.now() - started];
  }

  it('should refuse a query nested 50 deep before running it', async () => {
    const query = `{ teams { edges { node ${'{ parent '.repeat(48)}{ name }${' }'.repeat(48)} } } }`;
    const [result, ms] = await timed(() => t.gql(query, {}, admin));
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      message: expect.stringMatching(/nested \d+ levels deep; the limit is 12/),
    });
    expect(result.data).toBeUndefined();
    expect(ms).toBeLessThan(2000);
  });

  it('should refuse 400 aliases', async () => {
    const query = `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const result = await t.gql(query, {}, admin);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Query uses more than 30 aliases',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('should refuse a 5 MB body and keep answering others', async () => {
    const body = JSON.stringify({ query: `{ me { id } }${' '.repeat(5 * 1024 * 1024)}` });
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body,
    });
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(text).not.toMatch(/node_modules|at .*\(/);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: 'The request body is larger than the 1 MB allowed',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'body',
            fieldErrors: [{ field: 'body', message: 'The request body is larger than the 1 MB allowed' }],
          },
        },
      ],
    });
    expect((await t.gql('{ me { email } }', {}, admin)).data).toEqual({ me: { email: DEMO_ADMIN_EMAIL } });
  });

  it('should answer a body that is not JSON with a coded 400, in the media type asked for', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${admin}`,
      },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const body = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors[0].message).toMatch(/^The request body is not valid JSON/);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });

  it('should refuse a batch of 1,000 operations', async () => {
    const body = JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ me { id } }' })));
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body,
    });
    expect(response.status).toBe(400);
  });

  it('should refuse a query of more than 5,000 tokens before validating it', async () => {
    const query = `{ me { ${'id email '.repeat(3000)} } }`;
    const result = await t.gql(query, {}, admin);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: 'The query is longer than 5000 tokens',
      extensions: { code: 'BAD_USER_INPUT', field: 'query' },
    });
  });

  it('should refuse an anonymous document of more than 1,000 tokens that is answered once signed in', async () => {
    // 200 operations of 7 tokens each: 1,400 tokens, a fair document, but not before signing in.
    const query = Array.from({ length: 200 }, (_, i) => `query Q${i} { me { email } }`).join(' ');
    const send = (token?: string) =>
      fetch(t.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, operationName: 'Q7' }),
      });
    const anonymous = await send();
    expect(anonymous.status).toBe(400);
    expect(((await anonymous.json()) as { errors: unknown[] }).errors[0]).toMatchObject({
      message: 'The query is longer than the 1000 tokens allowed before signing in',
      extensions: { code: 'BAD_USER_INPUT', field: 'query' },
    });
    expect(await (await send(admin)).json()).toEqual({ data: { me: { email: DEMO_ADMIN_EMAIL } } });
  });

  it('should refuse repeated-field floods at once while /health keeps answering within 100 ms', async () => {
    const floods: [string, string | undefined][] = [
      [
        `mutation { login(input: {email: "a@b.c", password: "x"}) { ${'token '.repeat(4700)} } nope }`,
        undefined,
      ],
      [`{ me { ${'id '.repeat(4800)} } }`, admin],
      [
        `{ me { ${Array.from({ length: 20 }, () => `... on User { ${'... on User { id } '.repeat(20)} }`).join(' ')} } }`,
        admin,
      ],
    ];
    const health = t.url.replace(/\/graphql$/, '/health');
    await fetch(health); // warm the route so the first poll measures the server, not a cold path
    const pauses: number[] = [];
    let attacking = true;
    const poll = (async () => {
      while (attacking) {
        const started = performance.now();
        const response = await fetch(health);
        expect(response.status).toBe(200);
        pauses.push(performance.now() - started);
      }
    })();
    const answers = await Promise.all(
      floods.flatMap(([query, token]) => [1, 2, 3].map(() => t.gql(query, {}, token))),
    );
    attacking = false;
    await poll;
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
      expect(answer.errors?.[0]?.message).toMatch(
        /selected (4|21) times in one selection set|longer than the 1000 tokens/,
      );
    }
    expect(pauses.length).toBeGreaterThan(0);
    expect(Math.max(...pauses)).toBeLessThan(100);
  });

  it('should stop password guessing for an email from one address after 10 failures, even with the right password', async () => {
    const login = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
    for (let i = 0; i < 10; i++) {
      const wrong = await t.gql(login, {
        i: { email: 'melvin.marxen@salesops.demo', password: `guess-${i}` },
      });
      expect(wrong.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    const right = await t.gql(login, { i: { email: 'melvin.marxen@salesops.demo', password: 'demo-pass' } });
    expect(right.status).toBe(429);
    expect(right.errors?.[0]).toMatchObject({
      extensions: { code: 'TOO_MANY_REQUESTS' },
      message: expect.stringMatching(/^Too many failed sign-ins/),
    });
    // Other people still sign in; addresses apart: sign-in-throttle.spec.ts.
    await expect(t.login('darcel.schlecht@salesops.demo')).resolves.toEqual(expect.any(String));
  });
});
