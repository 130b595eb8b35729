import { type Principal, Role } from '@salesops/api/core';

import { PrincipalCache } from './principal-cache';

const admin: Principal = {
  userId: 'u-admin',
  sessionId: 's-admin',
  role: Role.ADMIN,
  repId: null,
  name: 'Admin',
  email: 'admin@x.io',
};
const rep: Principal = {
  userId: 'u-rep',
  sessionId: 's-rep',
  role: Role.REP,
  repId: 'r-1',
  name: 'Rep',
  email: 'rep@x.io',
};
const key: Principal = { ...admin, kind: 'key', sessionId: 'k-1', scopes: ['READ'], name: 'API key Sync' };

describe('PrincipalCache', () => {
  let now = 0;
  const cache = (ttlMs = 5_000, max = 100) => new PrincipalCache(ttlMs, max, () => now);

  beforeEach(() => (now = 1_000_000));

  it('should serve what a lookup found until the TTL passes, then nothing', () => {
    const c = cache();
    c.remember('hash-a', admin, null, c.begin());
    now += 4_999;
    expect(c.get('hash-a')).toEqual(admin);
    now += 1;
    expect(c.get('hash-a')).toBeNull();
  });

  it("should not serve an entry past the session's own end when that comes before the TTL", () => {
    const c = cache();
    c.remember('hash-a', admin, new Date(now + 1_000), c.begin());
    now += 999;
    expect(c.get('hash-a')).toEqual(admin);
    now += 1;
    expect(c.get('hash-a')).toBeNull();
    c.remember('hash-b', admin, new Date(now - 1), c.begin());
    expect(c.get('hash-b')).toBeNull();
  });

  it('should serve each token hash only the principal its own lookup found, as a copy', () => {
    const c = cache();
    c.remember('hash-a', admin, null, c.begin());
    c.remember('hash-k', key, null, c.begin());
    expect(c.get('hash-b')).toBeNull();
    expect(c.get('hash-a')).toEqual(admin);
    const served = c.get('hash-k') as Principal;
    served.role = Role.REP;
    served.scopes?.push('WRITE_ORG');
    expect(c.get('hash-k')).toEqual(key);
  });

  it('should forget at once a session, a rep or a user, and only those', () => {
    const c = cache();
    c.remember('hash-a', admin, null, c.begin());
    c.remember('hash-r', rep, null, c.begin());
    c.remember('hash-k', key, null, c.begin());
    c.forgetSession('s-admin');
    expect([c.get('hash-a'), c.get('hash-r'), c.get('hash-k')]).toEqual([null, rep, key]);
    c.forgetRep('r-1');
    expect([c.get('hash-r'), c.get('hash-k')]).toEqual([null, key]);
    // An erased user's API keys go with their sessions: a key's userId is its creator.
    c.forgetUsers(['u-admin']);
    expect(c.get('hash-k')).toBeNull();
  });

  it('should not keep a lookup that began before something was forgotten', () => {
    const c = cache();
    const lookup = c.begin();
    // A logout commits and forgets while this lookup is still reading the session it ended.
    c.forgetSession('s-admin');
    c.remember('hash-a', admin, null, lookup);
    expect(c.get('hash-a')).toBeNull();
    c.remember('hash-a', admin, null, c.begin());
    expect(c.get('hash-a')).toEqual(admin);
  });

  it('should count the TTL from when the lookup began, so a slow lookup does not stretch it', () => {
    const c = cache();
    const lookup = c.begin();
    now += 3_000;
    c.remember('hash-a', admin, null, lookup);
    now += 1_999;
    expect(c.get('hash-a')).toEqual(admin);
    now += 1;
    expect(c.get('hash-a')).toBeNull();
  });

  it('should keep nothing when the TTL is 0', () => {
    const c = cache(0);
    c.remember('hash-a', admin, null, c.begin());
    expect(c.get('hash-a')).toBeNull();
  });

  it('should hold at most its size, dropping the oldest entry first', () => {
    const c = cache(5_000, 2);
    c.remember('hash-1', admin, null, c.begin());
    c.remember('hash-2', rep, null, c.begin());
    c.remember('hash-3', key, null, c.begin());
    expect([c.get('hash-1'), c.get('hash-2'), c.get('hash-3')]).toEqual([null, rep, key]);
  });
});
