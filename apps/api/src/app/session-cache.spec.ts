import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

const ME = '{ me { email repId } }';
const REP = 'darcel.schlecht@salesops.demo';
const OTHER_REP = 'melvin.marxen@salesops.demo';

type Me = { me: { email: string; repId: string | null } };

/**
 * The per-process session cache (SESSION_CACHE_SECONDS): a minute here, so a token refused at once
 * can only have been refused because the process forgot it, not because its entry ran out.
 */
describe('Session cache (SESSION_CACHE_SECONDS)', () => {
  let t: TestApp;
  let admin: string;

  const me = (token: string) => t.gql<Me>(ME, {}, token);
  const codeOf = async (token: string) => (await me(token)).errors?.[0]?.extensions?.['code'];

  beforeAll(async () => {
    t = await TestApp.start({ SESSION_CACHE_SECONDS: '60' });
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(() => t.stop());

  it('should refuse a logged-out token at once on the same process', async () => {
    const token = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    expect((await me(token)).data?.me.email).toBe(DEMO_ADMIN_EMAIL);
    expect((await me(token)).data?.me.email).toBe(DEMO_ADMIN_EMAIL);
    expect((await t.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect(await codeOf(token)).toBe('UNAUTHENTICATED');
    // The admin's other session is another token: untouched.
    expect((await me(admin)).data?.me.email).toBe(DEMO_ADMIN_EMAIL);
  });

  it("should refuse a deactivated rep's token at once, and let them sign in anew once reactivated", async () => {
    const token = await t.login(REP);
    const repId = (await me(token)).data?.me.repId as string;
    expect(repId).toEqual(expect.any(String));
    const deactivated = await t.gql(
      'mutation($id: ID!) { deactivateRep(input: { id: $id }) { active } }',
      { id: repId },
      admin,
    );
    expect(deactivated.data).toEqual({ deactivateRep: { active: false } });
    expect(await codeOf(token)).toBe('UNAUTHENTICATED');
    await t.gql('mutation($id: ID!) { reactivateRep(input: { id: $id }) { active } }', { id: repId }, admin);
    expect(await codeOf(token)).toBe('UNAUTHENTICATED');
    expect((await me(await t.login(REP))).data?.me.email).toBe(REP);
  });

  it('should refuse a revoked API key at once', async () => {
    const created = await t.gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      'mutation { createApiKey(input: { name: "Cached", scopes: [READ] }) { key apiKey { id } } }',
      {},
      admin,
    );
    const { key, apiKey } = created.data?.createApiKey ?? { key: '', apiKey: { id: '' } };
    const read = () => t.gql('{ reps(first: 1) { totalCount } }', {}, key);
    expect((await read()).errors).toBeUndefined();
    expect((await read()).errors).toBeUndefined();
    await t.gql('mutation($id: ID!) { revokeApiKey(id: $id) { active } }', { id: apiKey.id }, admin);
    expect((await read()).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it("should never answer one token with another's principal, however requests interleave", async () => {
    const tokens = [admin, await t.login(REP), await t.login(OTHER_REP)];
    const emails = [DEMO_ADMIN_EMAIL, REP, OTHER_REP];
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => me(tokens[i % 3])));
    expect(answers.map((a) => a.data?.me.email)).toEqual(Array.from({ length: 30 }, (_, i) => emails[i % 3]));
    // A token one character off a cached one is a different token: unknown.
    const near = tokens[1].slice(0, -1) + (tokens[1].endsWith('A') ? 'B' : 'A');
    expect(await codeOf(near)).toBe('UNAUTHENTICATED');
  });

  it('should look a session up once while its entry lasts', async () => {
    const token = await t.login(OTHER_REP);
    const lookups: string[] = [];
    const query = t.dataSource.query.bind(t.dataSource);
    const spy = jest.spyOn(t.dataSource, 'query').mockImplementation((text: string, ...rest: unknown[]) => {
      if (text.includes('FROM user_session s JOIN app_user u')) lookups.push(text);
      return (query as (...args: unknown[]) => Promise<unknown>)(text, ...rest);
    });
    try {
      for (let i = 0; i < 5; i++) expect((await me(token)).data?.me.email).toBe(OTHER_REP);
    } finally {
      spy.mockRestore();
    }
    expect(lookups).toHaveLength(1);
  });
});

/** Two processes: what one forgets, the other serves until its own entry runs out (docs/scaling.md). */
describe('Session cache across two API processes', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await TestApp.start({ SESSION_CACHE_SECONDS: '2' });
    second = await TestApp.beside(first, { SESSION_CACHE_SECONDS: '2' });
  });

  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it('should refuse a token logged out on the other process within the TTL', async () => {
    const token = await first.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    // The second process's entry is made between these two instants, and lasts 2 s.
    const asked = Date.now();
    expect((await second.gql<Me>(ME, {}, token)).data?.me.email).toBe(DEMO_ADMIN_EMAIL);
    const answered = Date.now();
    await first.gql('mutation { logout }', {}, token);
    expect((await first.gql(ME, {}, token)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // The documented trade-off: the second process may still accept the session for up to 2 s ...
    const stillCached = await second.gql<Me>(ME, {}, token);
    if (Date.now() < asked + 2_000) expect(stillCached.data?.me.email).toBe(DEMO_ADMIN_EMAIL);
    // ... and not a moment after.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, answered + 2_000 - Date.now())));
    expect((await second.gql(ME, {}, token)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
