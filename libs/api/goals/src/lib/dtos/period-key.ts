import { Matches } from 'class-validator';

/** A period key of the fiscal calendar (FY2017, FY2017-Q3, 2017-03, 2017-W09); the service checks the rest. */
export const IsPeriodKey = () =>
  Matches(/^(FY\d{4}(-Q[1-4])?|\d{4}-(0[1-9]|1[0-2])|\d{4}-W\d{2})$/, {
    message: 'must be a period key such as FY2017, FY2017-Q3, 2017-03 or 2017-W09',
  });
