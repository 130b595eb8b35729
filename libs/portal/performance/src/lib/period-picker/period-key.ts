import { parsePeriodKey, type PeriodType } from '@salesops/domain';

export const PERIOD_TYPES: readonly PeriodType[] = ['YEAR', 'QUARTER', 'MONTH', 'WEEK'];

/** How each kind of key is written; also where the picker starts (the demo deals are 2016-2017). */
export const PERIOD_EXAMPLES: Readonly<Record<PeriodType, string>> = {
  YEAR: 'FY2017',
  QUARTER: 'FY2017-Q3',
  MONTH: '2017-03',
  WEEK: '2017-W09',
};

// Key syntax does not depend on the fiscal start month, so any calendar reads the type right.
const SYNTAX_ONLY = { startMonth: 1 };

/** The type of a well-formed key, or null (`2017-W54`, `FY17` and the like). */
export function periodTypeOf(key: string): PeriodType | null {
  return parsePeriodKey(key.trim(), SYNTAX_ONLY)?.type ?? null;
}

/** The key `steps` periods before (negative) or after the given one, of the same type. */
export function shiftPeriodKey(key: string, steps: number): string | null {
  const type = periodTypeOf(key);
  if (!type) return null;
  const year = Number(/\d{4}/.exec(key)?.[0]);
  const n = Number(/(?:Q|-W|-)(\d{1,2})$/.exec(key)?.[1] ?? 0);
  switch (type) {
    case 'YEAR':
      return `FY${year + steps}`;
    case 'QUARTER': {
      const index = year * 4 + n - 1 + steps;
      return `FY${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case 'MONTH': {
      const index = year * 12 + n - 1 + steps;
      return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
    }
    case 'WEEK':
      return shiftWeek(year, n, steps);
  }
}

/** A key of another type in the same year, so switching Year -> Quarter stays near the data. */
export function convertPeriodKey(key: string, type: PeriodType): string {
  if (periodTypeOf(key) === type) return key;
  const year = /\d{4}/.exec(key)?.[0];
  if (!year) return PERIOD_EXAMPLES[type];
  return { YEAR: `FY${year}`, QUARTER: `FY${year}-Q1`, MONTH: `${year}-01`, WEEK: `${year}-W01` }[type];
}

// ISO years have 52 or 53 weeks; the domain's parser knows which.
function shiftWeek(year: number, week: number, steps: number): string {
  let [y, w] = [year, week];
  for (let i = 0; i < Math.abs(steps); i++) {
    if (steps > 0) {
      w++;
      if (!periodTypeOf(`${y}-W${pad(w)}`)) [y, w] = [y + 1, 1];
    } else {
      w--;
      if (w < 1) [y, w] = [y - 1, periodTypeOf(`${y - 1}-W53`) ? 53 : 52];
    }
  }
  return `${y}-W${pad(w)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
