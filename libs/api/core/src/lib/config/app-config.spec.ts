import { AppConfig } from './app-config';

describe('AppConfig', () => {
  it('should default to the embedded database when DATABASE_URL is unset', () => {
    const config = new AppConfig({});
    expect(config.databaseMode).toBe('embedded');
    expect(config.port).toBe(3000);
  });

  it('should use PostgreSQL when DATABASE_URL is set', () => {
    const config = new AppConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x', PORT: '4100' });
    expect(config.databaseMode).toBe('postgres');
    expect(config.port).toBe(4100);
  });

  it('should refuse a bad PORT with the variable named', () => {
    expect(() => new AppConfig({ PORT: 'abc' })).toThrow(/PORT must be an integer/);
  });

  it('should refuse a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => new AppConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('should trust no proxy unless TRUST_PROXY names hops or proxies, and refuse to trust every one', () => {
    expect(new AppConfig({}).trustProxy).toBeUndefined();
    expect(new AppConfig({ TRUST_PROXY: 'false' }).trustProxy).toBeUndefined();
    expect(new AppConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(new AppConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
    expect(() => new AppConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY .*choose its own address/);
    expect(() => new AppConfig({ TRUST_PROXY: '11' })).toThrow(/TRUST_PROXY must be/);
    expect(() => new AppConfig({ TRUST_PROXY: 'proxy.example.com' })).toThrow(/TRUST_PROXY must be/);
  });

  it('should keep rate limits in memory unless RATE_LIMIT_STORE says postgres, and refuse another store', () => {
    expect(new AppConfig({}).rateLimitStore).toBe('memory');
    expect(new AppConfig({ RATE_LIMIT_STORE: 'postgres' }).rateLimitStore).toBe('postgres');
    expect(() => new AppConfig({ RATE_LIMIT_STORE: 'redis' })).toThrow(
      /RATE_LIMIT_STORE must be memory or postgres/,
    );
  });

  it('should compile a query document from its second sighting unless GRAPHQL_COMPILE_AFTER says otherwise', () => {
    expect(new AppConfig({}).graphqlCompileAfter).toBe(2);
    expect(new AppConfig({ GRAPHQL_COMPILE_AFTER: '0' }).graphqlCompileAfter).toBe(0);
    expect(() => new AppConfig({ GRAPHQL_COMPILE_AFTER: 'always' })).toThrow(
      /GRAPHQL_COMPILE_AFTER must be an integer/,
    );
  });

  it('should cache sessions for 5 seconds unless SESSION_CACHE_SECONDS says otherwise, 0 to 60', () => {
    expect(new AppConfig({}).sessionCacheSeconds).toBe(5);
    expect(new AppConfig({ SESSION_CACHE_SECONDS: '0' }).sessionCacheSeconds).toBe(0);
    expect(() => new AppConfig({ SESSION_CACHE_SECONDS: '61' })).toThrow(
      /SESSION_CACHE_SECONDS must be an integer between 0 and 60/,
    );
  });
});
