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
});
