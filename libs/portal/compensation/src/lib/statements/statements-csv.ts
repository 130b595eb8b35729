import { type PayoutStatementSummaryFragment } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

/**
 * One row per rep for payroll. The total stays exact decimal text in the plan currency (and in minor
 * units beside it), so a spreadsheet or a payroll import never meets a rounded float.
 */
export function statementCsvColumns(i18n: I18nService): CsvColumn<PayoutStatementSummaryFragment>[] {
  return [
    { header: i18n.t('compStatements.repId'), value: (row) => row.repId },
    { header: i18n.t('compStatements.rep'), value: (row) => row.repName },
    { header: i18n.t('compStatements.period'), value: (row) => row.period },
    { header: i18n.t('compStatements.status'), value: (row) => i18n.t(`comp.status.${row.status}`) },
    { header: i18n.t('compStatements.currency'), value: (row) => row.currency },
    { header: i18n.t('compStatements.total'), value: (row) => row.total },
    { header: `${i18n.t('compStatements.total')} (minor)`, value: (row) => row.totalMinor },
    { header: i18n.t('compStatements.plans'), value: (row) => row.plans.join('; ') },
    { header: i18n.t('compStatements.disputes'), value: (row) => row.openDisputes },
  ];
}

/** The sum of the statements per currency, exact (BigInt over minor units). */
export function totalsByCurrency(
  rows: readonly PayoutStatementSummaryFragment[],
): { currency: string; minor: bigint }[] {
  const sums = new Map<string, bigint>();
  for (const row of rows) sums.set(row.currency, (sums.get(row.currency) ?? 0n) + BigInt(row.totalMinor));
  return [...sums].map(([currency, minor]) => ({ currency, minor }));
}
