import { Logger } from '@nestjs/common';

import { QueryLogger } from './query-logger';

describe('QueryLogger', () => {
  let clock = 0;
  let lines: string[];

  beforeEach(() => {
    clock = 1_000_000;
    lines = [];
    const record = (level: string) => (message: unknown) => {
      lines.push(`${level}: ${String(message)}`);
    };
    jest.spyOn(Logger.prototype, 'log').mockImplementation(record('log'));
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(record('warn'));
    jest.spyOn(Logger.prototype, 'error').mockImplementation(record('error'));
  });
  afterEach(() => jest.restoreAllMocks());

  it('should log a failed query without its parameters', () => {
    new QueryLogger(false).logQueryError(
      new Error('duplicate key value'),
      'SELECT *\n  FROM session WHERE token_hash = $1',
      ['secret-hash'],
    );
    expect(lines).toEqual(['warn: duplicate key value in: SELECT * FROM session WHERE token_hash = $1']);
  });

  it('should leave out refusals the services answer themselves', () => {
    const logger = new QueryLogger(false);
    for (const code of ['SOL01', '23505', '40P01'])
      logger.logQueryError(Object.assign(new Error(code), { code }), 'UPDATE goal SET target = $1');
    expect(lines).toEqual([]);
  });

  it('should sum up an outage every 5 seconds instead of one line per failed query', () => {
    const logger = new QueryLogger(false, () => clock);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    for (let i = 0; i < 1000; i++) {
      logger.logQueryError(refused, 'SELECT 1');
      clock += 10;
    }
    expect(lines).toEqual([
      'error: The database is unreachable (connect ECONNREFUSED 127.0.0.1:5432): 1 failed queries in 0 s',
      'error: The database is unreachable (connect ECONNREFUSED 127.0.0.1:5432): 501 failed queries in 5 s',
    ]);
  });

  it('should log every query only with LOG_SQL', () => {
    new QueryLogger(false).logQuery('SELECT 1');
    expect(lines).toEqual([]);
    new QueryLogger(true).logQuery('SELECT  1');
    expect(lines).toEqual(['log: SELECT 1']);
  });
});
