import { matchKey, normalizeEmail, parseAmountToMinor, parseDate } from '@salesops/domain';
import { type DealColumns, type DealImportMapping } from './deal-import-mapping';

/** A deal ready to store: references resolved to ids, amounts in minor units, dates ISO. */
export interface DealRow {
  externalId: string;
  repId: string | null;
  accountId: string | null;
  productId: string | null;
  amountMinor: string | null;
  currency: string;
  stageId: string;
  engageDate: string | null;
  expectedCloseDate: string | null;
  closeDate: string | null;
}

/** The reference data rows are checked against, keyed as the mapping says. */
export interface DealLookups {
  repIds: Map<string, string>;
  accountIds: Map<string, string>;
  productIds: Map<string, string>;
  stageIds: Map<string, string>;
}

export type RowResult = { ok: true; row: DealRow } | { ok: false; reason: string };

/** Where each mapped column sits in the header; fails naming the columns that are missing. */
export function columnIndexes(header: string[], columns: DealColumns): Map<keyof DealColumns, number> {
  const positions = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
  const indexes = new Map<keyof DealColumns, number>();
  const missing: string[] = [];
  for (const [field, column] of Object.entries(columns) as [keyof DealColumns, string | undefined][]) {
    if (!column) continue;
    const index = positions.get(column.trim().toLowerCase());
    if (index === undefined) missing.push(column);
    else indexes.set(field, index);
  }
  if (missing.length > 0) throw new Error(`The file has no column ${missing.map((m) => `"${m}"`).join(', ')} (check the column mapping)`);
  return indexes;
}

export function repKey(value: string, repBy: DealImportMapping['repBy']): string {
  return repBy === 'EMAIL' ? normalizeEmail(value) : matchKey(value);
}

/** Checks and resolves one CSV row; the reason names the column and the value at fault. */
export function toDealRow(
  values: string[],
  indexes: Map<keyof DealColumns, number>,
  mapping: DealImportMapping,
  lookups: DealLookups,
): RowResult {
  const get = (field: keyof DealColumns): string => {
    const index = indexes.get(field);
    return index === undefined ? '' : (values[index] ?? '').trim();
  };
  const columnOf = (field: keyof DealColumns) => mapping.columns[field] ?? field;

  const externalId = get('externalId');
  if (!externalId) return { ok: false, reason: `${columnOf('externalId')} is empty` };
  if (externalId.length > 64) return { ok: false, reason: `${columnOf('externalId')} is longer than 64 characters` };

  const stageText = get('stage');
  const mappedStage = Object.entries(mapping.stageNames).find(([from]) => from.toLowerCase() === stageText.toLowerCase())?.[1] ?? stageText;
  const stageId = lookups.stageIds.get(matchKey(mappedStage));
  if (!stageId) return { ok: false, reason: `${columnOf('stage')} "${stageText}" is not a stage of the sales process` };

  const repText = get('rep');
  const repId = repText ? lookups.repIds.get(repKey(repText, mapping.repBy)) : null;
  if (repId === undefined) return { ok: false, reason: `${columnOf('rep')} "${repText}" is not a known rep` };

  const productText = get('product');
  const productId = productText ? lookups.productIds.get(matchKey(productText)) : null;
  if (productId === undefined) return { ok: false, reason: `${columnOf('product')} "${productText}" is not a known product` };

  const accountText = get('account');
  const accountId = accountText ? lookups.accountIds.get(matchKey(accountText)) : null;
  if (accountId === undefined) return { ok: false, reason: `${columnOf('account')} "${accountText}" is not a known account` };

  const amountText = get('amount');
  const amount = amountText ? parseAmountToMinor(amountText) : null;
  if (amountText && amount === null) return { ok: false, reason: `${columnOf('amount')} "${amountText}" is not an amount` };
  if (amount !== null && amount < 0n) return { ok: false, reason: `${columnOf('amount')} "${amountText}" is negative` };

  const dates: Partial<Record<'engageDate' | 'expectedCloseDate' | 'closeDate', string | null>> = {};
  for (const field of ['engageDate', 'expectedCloseDate', 'closeDate'] as const) {
    const text = get(field);
    const parsed = text ? parseDate(text, mapping.dateFormat) : null;
    if (text && !parsed) return { ok: false, reason: `${columnOf(field)} "${text}" is not a date written ${mapping.dateFormat}` };
    dates[field] = parsed;
  }
  if (dates.engageDate && dates.closeDate && dates.closeDate < dates.engageDate) {
    return { ok: false, reason: `${columnOf('closeDate')} ${dates.closeDate} is before ${columnOf('engageDate')} ${dates.engageDate}` };
  }

  return {
    ok: true,
    row: {
      externalId,
      repId,
      accountId,
      productId,
      amountMinor: amount === null ? null : amount.toString(),
      currency: mapping.currency,
      stageId,
      engageDate: dates.engageDate ?? null,
      expectedCloseDate: dates.expectedCloseDate ?? null,
      closeDate: dates.closeDate ?? null,
    },
  };
}
