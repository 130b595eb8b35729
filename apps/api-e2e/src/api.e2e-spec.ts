const base = process.env['E2E_BASE_URL'] as string;

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(
  body: unknown,
  token?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody; text: string }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: GraphQLBody = {};
  try {
    parsed = JSON.parse(text) as GraphQLBody;
  } catch {
    // non-JSON answers are asserted on through `text`
  }
  return { status: response.status, body: parsed, text };
}

async function login(email: string, password: string): Promise<string> {
  const { body } = await post({
    query: 'mutation($i: LoginInput!) { login(input: $i) { token } }',
    variables: { i: { email, password } },
  });
  const token = (body.data?.['login'] as { token: string } | undefined)?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return token;
}

describe('the built API over HTTP', () => {
  it('should report health and readiness with the database migrated', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up', migrations: 'applied' });
  });

  it('should serve the portal at / and at client-side routes', async () => {
    for (const path of ['/', '/reps', '/teams/some-id']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<so-root');
    }
  });

  it('should refuse anonymous callers except for login', async () => {
    const { body } = await post({ query: '{ reps { totalCount } }' });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('should list the 35 demo reps to the demo admin', async () => {
    const token = await login('admin@salesops.demo', 'demo-admin');
    const { body } = await post(
      { query: '{ reps(first: 5) { totalCount edges { node { name team { name } } } } }' },
      token,
    );
    expect((body.data?.['reps'] as { totalCount: number }).totalCount).toBe(35);
  });

  it('should answer bad input with a coded error, the field, and no stack trace', async () => {
    const token = await login('admin@salesops.demo', 'demo-admin');
    const { body, text } = await post(
      {
        query: 'mutation($i: CreateRepInput!) { createRep(input: $i) { id } }',
        variables: { i: { name: 'X', email: 'bad', teamId: '00000000-0000-4000-8000-000000000000' } },
      },
      token,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(text).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
  });

  it('should refuse malformed JSON and unknown fields without leaking internals', async () => {
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.text).not.toMatch(/node_modules|at .*\(/);
    const token = await login('admin@salesops.demo', 'demo-admin');
    const unknown = await post({ query: '{ reps { nope } }' }, token);
    expect(unknown.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('should refuse a rep calling an admin mutation', async () => {
    const token = await login('darcel.schlecht@salesops.demo', 'demo-pass');
    const { body } = await post({ query: 'mutation { createTeam(input: { name: "Mine" }) { id } }' }, token);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(body.data).toBeNull();
  });
});
