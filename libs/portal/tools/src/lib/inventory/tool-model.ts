import { minorToDecimal } from '@salesops/domain';
import { type ToolCategory, type ToolRowFragment, type ToolStatus } from '@salesops/portal/data-access';
import { type TranslateParams, type TranslationKey } from '@salesops/portal/i18n';

/** The inventory's enums in the order the filters and the form list them. */
export const TOOL_CATEGORIES: readonly ToolCategory[] = [
  'CRM',
  'EMAIL',
  'DIALER',
  'SALES_ENGAGEMENT',
  'FORECASTING',
  'CONTENT',
  'OTHER',
];
export const TOOL_STATUSES: readonly ToolStatus[] = ['ACTIVE', 'EVALUATING', 'RETIRING', 'RETIRED'];

export function categoryKey(category: ToolCategory): TranslationKey {
  return `tools.category.${category}`;
}

export function statusKey(status: ToolStatus): TranslationKey {
  return `tools.status.${status}`;
}

export interface MoneyTotal {
  readonly currency: string;
  readonly minor: bigint;
  /** Exact decimal text for the money pipe, e.g. "12345.50". */
  readonly amount: string;
}

/**
 * Exact sums of minor units, one per currency (a total across currencies would be a lie), in
 * alphabetical order of the currency. BigInt, so thousands of seats never drift by a cent.
 */
export function sumByCurrency(values: readonly { minor: string; currency: string }[]): MoneyTotal[] {
  const sums = new Map<string, bigint>();
  for (const value of values)
    sums.set(value.currency, (sums.get(value.currency) ?? 0n) + BigInt(value.minor));
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => ({ currency, minor, amount: minorToDecimal(minor) }));
}

export interface InventorySummary {
  readonly tools: number;
  readonly active: number;
  readonly monthlySpend: readonly MoneyTotal[];
  readonly seatsBought: number;
  readonly seatsUsed: number;
  /** seatsUsed / seatsBought over the tools shown; null with no seats bought. */
  readonly utilisation: number | null;
  /** Renewals within the next 90 days (the API's renewalDueSoon). */
  readonly renewalsDue: number;
  /** Renewal dates already passed. */
  readonly overdue: number;
}

type SummaryRow = Pick<
  ToolRowFragment,
  'status' | 'monthlyCost' | 'seatsBought' | 'seatsUsed' | 'renewalDueSoon' | 'daysToRenewal'
>;

/** The cards above the table, for the tools shown. Retired tools cost nothing any more. */
export function summarizeInventory(rows: readonly SummaryRow[]): InventorySummary {
  const paying = rows.filter((row) => row.status !== 'RETIRED');
  const seatsBought = paying.reduce((sum, row) => sum + row.seatsBought, 0);
  const seatsUsed = paying.reduce((sum, row) => sum + row.seatsUsed, 0);
  return {
    tools: rows.length,
    active: rows.filter((row) => row.status === 'ACTIVE').length,
    monthlySpend: sumByCurrency(paying.map((row) => row.monthlyCost)),
    seatsBought,
    seatsUsed,
    utilisation: seatsBought === 0 ? null : seatsUsed / seatsBought,
    renewalsDue: rows.filter((row) => row.renewalDueSoon).length,
    overdue: rows.filter((row) => row.daysToRenewal !== null && row.daysToRenewal < 0).length,
  };
}

export interface RenewalFlag {
  readonly kind: 'soon' | 'overdue';
  readonly key: TranslationKey;
  readonly params: TranslateParams;
}

/**
 * The flag next to a renewal date: due within 90 days (the API decides, renewalDueSoon) or already
 * passed (negative days); none for a renewal further out or without a date.
 */
export function renewalFlag(
  tool: Pick<ToolRowFragment, 'daysToRenewal' | 'renewalDueSoon'>,
): RenewalFlag | null {
  const days = tool.daysToRenewal;
  if (days === null) return null;
  if (days < 0) {
    const ago = -days;
    return ago === 1
      ? { kind: 'overdue', key: 'tools.overdueOne', params: {} }
      : { kind: 'overdue', key: 'tools.overdue', params: { days: ago } };
  }
  if (!tool.renewalDueSoon) return null;
  if (days === 0) return { kind: 'soon', key: 'tools.renewsToday', params: {} };
  if (days === 1) return { kind: 'soon', key: 'tools.renewsInOne', params: {} };
  return { kind: 'soon', key: 'tools.renewsIn', params: { days } };
}

export type UtilisationLevel = 'none' | 'low' | 'ok' | 'over';

/** Below 60% of the seats in use is waste (the scorecard's review threshold); above 100% is a gap. */
export function utilisationLevel(utilisation: number | null): UtilisationLevel {
  if (utilisation === null) return 'none';
  if (utilisation > 1) return 'over';
  return utilisation < 0.6 ? 'low' : 'ok';
}

/** Width of the utilisation bar in percent, 0-100 (an over-used tool fills the bar). */
export function utilisationWidth(utilisation: number | null): number {
  if (utilisation === null || utilisation <= 0) return 0;
  return Math.min(100, Math.round(utilisation * 1000) / 10);
}
