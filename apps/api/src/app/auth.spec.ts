import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

const ME = '{ me { id email role repId } }';

describe('authentication (GraphQL over HTTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(() => t.stop());

  it('should refuse an anonymous query with UNAUTHENTICATED and no data', async () => {
    const result = await t.gql('{ reps { totalCount } }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('should refuse a made-up token', async () => {
    const result = await t.gql(ME, {}, 'not-a-real-token');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('should sign in the demo admin and answer me', async () => {
    const token = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const result = await t.gql<{ me: { email: string; role: string } }>(ME, {}, token);
    expect(result.data?.me).toMatchObject({ email: DEMO_ADMIN_EMAIL, role: 'ADMIN' });
  });

  it('should accept the email in any case when signing in', async () => {
    await expect(t.login('Darcel.Schlecht@SalesOps.Demo')).resolves.toEqual(expect.any(String));
  });

  it('should give the same answer for an unknown email and a wrong password', async () => {
    const login = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
    const unknown = await t.gql(login, { input: { email: 'nobody@salesops.demo', password: 'whatever-1' } });
    const wrong = await t.gql(login, { input: { email: DEMO_ADMIN_EMAIL, password: 'whatever-1' } });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.extensions).toEqual(unknown.errors?.[0]?.extensions);
  });

  it('should say an overlong email or password is too long, not missing, naming the field', async () => {
    const login = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
    const longPassword = await t.gql(login, {
      input: { email: DEMO_ADMIN_EMAIL, password: 'x'.repeat(900 * 1024) },
    });
    expect(longPassword.status).toBe(200);
    expect(longPassword.errors?.[0]).toMatchObject({
      message: 'password: is too long: at most 200 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'password' },
    });
    const longEmail = await t.gql(login, {
      input: { email: `${'a'.repeat(100_000)}@x.io`, password: 'whatever-1' },
    });
    expect(longEmail.errors?.[0]).toMatchObject({
      message: 'email: is too long: at most 254 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
    });
    const empty = await t.gql(login, { input: { email: '  ', password: '' } });
    expect(empty.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      { field: 'email', message: 'is required' },
      { field: 'password', message: 'is required' },
    ]);
  });

  it('should end the session on logout so the token stops working', async () => {
    const token = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    expect((await t.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    const after = await t.gql(ME, {}, token);
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('should refuse an expired session', async () => {
    const token = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    await t.dataSource.query(
      "UPDATE user_session SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL",
    );
    const result = await t.gql(ME, {}, token);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('should store only a hash of the token and of the password', async () => {
    const token = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const sessions: { token_hash: string }[] = await t.dataSource.query(
      'SELECT token_hash FROM user_session',
    );
    expect(sessions.map((s) => s.token_hash)).not.toContain(token);
    const users: { password_hash: string }[] = await t.dataSource.query(
      'SELECT password_hash FROM app_user WHERE role = $1',
      ['ADMIN'],
    );
    expect(users[0].password_hash).toMatch(/^\$argon2id\$/);
  });
});
