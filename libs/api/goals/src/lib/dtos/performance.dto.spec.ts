import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { LeaderboardArgs } from './performance.dto';

describe('LeaderboardArgs', () => {
  const check = (period: string, first = 10) =>
    validateSync(plainToInstance(LeaderboardArgs, { period, first })).map((error) => error.property);

  it.each(['FY2017', 'FY2017-Q3', '2017-03', '2017-W09'])('should accept the period key %s', (key) => {
    expect(check(key)).toEqual([]);
  });

  it.each(['2017', 'FY2017-Q5', '2017-13', 'Q3', ''])('should refuse %p as a period', (key) => {
    expect(check(key)).toEqual(['period']);
  });

  it('should refuse more than 500 rows', () => {
    expect(check('FY2017', 501)).toEqual(['first']);
  });
});
