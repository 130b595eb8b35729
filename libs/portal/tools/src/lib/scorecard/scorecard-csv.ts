import { type ToolScorecardRowFragment } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { categoryKey, statusKey } from '../inventory/tool-model';
import { findingText, linkReading } from './scorecard-labels';
import { signalKey } from './scorecard-model';

/**
 * One row per tool. Shares stay 0..1 and amounts exact decimal text so a spreadsheet computes with
 * them; the CSAT trend is one cell, oldest wave first ("W1 0.4667; W2 0.0769").
 */
export function scorecardCsvColumns(i18n: I18nService): CsvColumn<ToolScorecardRowFragment>[] {
  return [
    { header: i18n.t('tools.name'), value: (row) => row.tool.name },
    { header: i18n.t('tools.vendor'), value: (row) => row.tool.vendor },
    { header: i18n.t('tools.category'), value: (row) => i18n.t(categoryKey(row.tool.category)) },
    { header: i18n.t('tools.status'), value: (row) => i18n.t(statusKey(row.tool.status)) },
    { header: i18n.t('scorecard.signalCol'), value: (row) => i18n.t(signalKey(row.signal)) },
    {
      header: i18n.t('scorecard.reasons'),
      value: (row) => row.findings.map((f) => findingText(i18n, f)).join('; '),
    },
    { header: i18n.t('scorecard.csat'), value: (row) => row.latestCsat },
    { header: i18n.t('scorecard.nps'), value: (row) => row.latestNps },
    {
      header: i18n.t('scorecard.trend'),
      value: (row) =>
        row.trend.map((wave) => `W${wave.wave} ${wave.csat === null ? '-' : wave.csat}`).join('; '),
    },
    { header: i18n.t('tools.seatsBought'), value: (row) => row.tool.seatsBought },
    { header: i18n.t('tools.seatsUsed'), value: (row) => row.tool.seatsUsed },
    { header: i18n.t('tools.utilisation'), value: (row) => row.tool.utilisation },
    { header: i18n.t('tools.costPerSeat'), value: (row) => row.tool.costPerSeat.amount },
    { header: i18n.t('tools.costPerUsedSeat'), value: (row) => row.tool.costPerUsedSeat?.amount },
    { header: i18n.t('tools.monthlyCost'), value: (row) => row.tool.monthlyCost.amount },
    { header: i18n.t('tools.currency'), value: (row) => row.tool.costPerSeat.currency },
    { header: i18n.t('tools.renewalDate'), value: (row) => row.tool.renewalDate },
    { header: i18n.t('tools.daysToRenewal'), value: (row) => row.tool.daysToRenewal },
    { header: i18n.t('scorecard.correlation'), value: (row) => row.satisfactionVsPerformance?.correlation },
    { header: i18n.t('scorecard.linkReps'), value: (row) => row.satisfactionVsPerformance?.reps },
    {
      header: i18n.t('scorecard.link'),
      value: (row) =>
        row.satisfactionVsPerformance ? linkReading(i18n, row.satisfactionVsPerformance) : null,
    },
  ];
}
