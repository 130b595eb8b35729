import { minorToDecimal } from '@salesops/domain';
import { type GoalMetric } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';

/**
 * Goal targets as exact text. Money targets are decimal strings ("250000.00") and their sums and
 * gaps are BigInt minor units; counts (DEALS_WON) are whole numbers. No float ever holds a target.
 */

export const GOAL_METRICS: readonly GoalMetric[] = ['WON_REVENUE', 'NEW_PIPELINE', 'DEALS_WON'];

/** Why a typed target is refused; each has a message key `goals.error.<problem>`. */
export type TargetProblem = 'format' | 'negative' | 'decimals' | 'whole' | 'tooLarge' | 'required';

export type ParsedTarget =
  | { readonly kind: 'empty' }
  /** `value` is the canonical text the API takes; `units` is cents for money, the count otherwise. */
  | { readonly kind: 'ok'; readonly value: string; readonly units: bigint }
  | { readonly kind: 'invalid'; readonly problem: TargetProblem };

// The API's limits: 13 integer digits for money (a bigint of cents), 9 for a count of deals.
const MAX_MONEY_DIGITS = 13;
const MAX_COUNT_DIGITS = 9;
// Plain digits, or digits grouped by commas in threes; an optional decimal part.
const PLAIN = /^(\d*)(?:\.(\d*))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

export function isMoneyMetric(metric: GoalMetric): boolean {
  return metric !== 'DEALS_WON';
}

/**
 * Reads what a user typed into a target cell: `1,250,000.50`, `250000`, ` 12 `. Refuses letters,
 * negatives, more than 2 decimals (a decimal point at all for a count) and values the API cannot hold.
 */
export function parseTarget(text: string, metric: GoalMetric): ParsedTarget {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  if (cleaned === '') return { kind: 'empty' };
  if (/^[-\u2212]/.test(cleaned)) return { kind: 'invalid', problem: 'negative' };
  const match = PLAIN.exec(cleaned) ?? GROUPED.exec(cleaned);
  if (!match) return { kind: 'invalid', problem: 'format' };
  const whole = (match[1] ?? '').replace(/,/g, '');
  const fraction = match[2];
  if (whole === '' && !fraction) return { kind: 'invalid', problem: 'format' };
  const digits = whole.replace(/^0+(?=\d)/, '') || '0';

  if (!isMoneyMetric(metric)) {
    if (fraction !== undefined) return { kind: 'invalid', problem: 'whole' };
    if (digits.length > MAX_COUNT_DIGITS) return { kind: 'invalid', problem: 'tooLarge' };
    return { kind: 'ok', value: digits, units: BigInt(digits) };
  }
  if ((fraction ?? '').length > 2) return { kind: 'invalid', problem: 'decimals' };
  if (digits.length > MAX_MONEY_DIGITS) return { kind: 'invalid', problem: 'tooLarge' };
  const cents = (fraction ?? '').padEnd(2, '0');
  return { kind: 'ok', value: `${digits}.${cents}`, units: BigInt(digits) * 100n + BigInt(cents) };
}

/** Units (cents or a count) of a target or actual the API sent ("250000.00", "12"). */
export function unitsOf(text: string, metric: GoalMetric): bigint {
  const parsed = parseTarget(text, metric);
  if (parsed.kind === 'ok') return parsed.units;
  // The API's own values are well formed; an actual may be negative in theory (refunds), keep it exact.
  const negative = /^-/.test(text.trim());
  const again = parseTarget(text.trim().replace(/^-/, ''), metric);
  if (again.kind !== 'ok') throw new Error(`Not a ${metric} value: ${text}`);
  return negative ? -again.units : again.units;
}

/** Canonical text for units: "1250000.50" for money, "12" for a count. */
export function textOf(units: bigint, metric: GoalMetric): string {
  return isMoneyMetric(metric) ? minorToDecimal(units) : units.toString();
}

/**
 * A target as shown in its input: thousands grouped with commas, cents only when there are any
 * (`250,000`, `250,000.50`, `12`). `parseTarget` reads it back to the same value.
 */
export function inputTextOf(units: bigint, metric: GoalMetric): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const money = isMoneyMetric(metric);
  const whole = money ? abs / 100n : abs;
  const cents = money ? abs % 100n : 0n;
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = cents === 0n ? grouped : `${grouped}.${cents.toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** A target, actual or sum in the grid's unit as text to read: `$250,000`, `$1,000.50`, `12`. */
export function formatUnits(i18n: I18nService, units: bigint, metric: GoalMetric, currency: string): string {
  if (!isMoneyMetric(metric)) return i18n.formatNumber(Number(units));
  return i18n.formatMoney(textOf(units, metric), currency, units % 100n === 0n);
}

/** actual / target by the API's one rule (1.0 = 100%, half up to 4 decimals); null for a zero target. */
export { attainmentOf } from '@salesops/domain';

/** Width of an attainment bar in percent, capped at 100. */
export function barWidth(attainment: number | null): number {
  if (attainment === null || attainment <= 0) return 0;
  return Math.min(100, Math.round(attainment * 1000) / 10);
}
