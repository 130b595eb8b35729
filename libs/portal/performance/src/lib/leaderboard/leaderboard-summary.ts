import { minorToDecimal } from '@salesops/domain';
import { type RepPerformanceRowFragment } from '@salesops/portal/data-access';

export interface MoneyText {
  readonly amount: string;
  readonly currency: string;
}

/** The KPI cards above the table, for the rows shown. */
export interface LeaderboardSummary {
  readonly reps: number;
  /** Null when the rows mix currencies (no honest total) or there are no rows. */
  readonly wonRevenue: MoneyText | null;
  readonly dealsWon: number;
  /** Mean of the reps' win rates, over the reps with any deal closed; null when none has. */
  readonly avgWinRate: number | null;
  readonly openPipeline: MoneyText | null;
}

type Row = Pick<RepPerformanceRowFragment, 'dealsWon' | 'winRate' | 'wonRevenue' | 'openPipeline'>;

export function summarize(rows: readonly Row[]): LeaderboardSummary {
  const rates = rows.map((row) => row.winRate).filter((rate): rate is number => rate !== null);
  return {
    reps: rows.length,
    wonRevenue: sumMoney(rows.map((row) => row.wonRevenue)),
    dealsWon: rows.reduce((sum, row) => sum + row.dealsWon, 0),
    avgWinRate: rates.length ? rates.reduce((sum, rate) => sum + rate, 0) / rates.length : null,
    openPipeline: sumMoney(rows.map((row) => row.openPipeline)),
  };
}

/** Exact sum in minor units (BigInt), so a total of thousands of deals never drifts by a cent. */
export function sumMoney(values: readonly { minor: string; currency: string }[]): MoneyText | null {
  if (values.length === 0) return null;
  const currency = values[0].currency;
  if (values.some((value) => value.currency !== currency)) return null;
  const minor = values.reduce((sum, value) => sum + BigInt(value.minor), 0n);
  return { amount: minorToDecimal(minor), currency };
}

/** Width of a rep's revenue bar, 0-100, scaled to the largest revenue among the rows. */
export function barPercent(minor: string, rows: readonly Pick<Row, 'wonRevenue'>[]): number {
  const max = rows.reduce(
    (top, row) => (BigInt(row.wonRevenue.minor) > top ? BigInt(row.wonRevenue.minor) : top),
    0n,
  );
  if (max <= 0n) return 0;
  const value = BigInt(minor);
  // Permille in BigInt, then a float only for the CSS width.
  return value <= 0n ? 0 : Number((value * 1000n) / max) / 10;
}
