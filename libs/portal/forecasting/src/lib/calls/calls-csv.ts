import { type ForecastMetric } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { type CallRow } from './calls-model';

/** The calls table with exact figures: own call, adjustment, call in force, weekly change, goal and record. */
export function callsCsvColumns(
  i18n: I18nService,
  period: string,
  metric: ForecastMetric,
  currency: string | null,
): CsvColumn<CallRow>[] {
  return [
    {
      header: i18n.t('forecast.calls.kind'),
      value: ({ standing }) => i18n.t(standing.subjectKind === 'TEAM' ? 'goals.kind.team' : 'goals.kind.rep'),
    },
    { header: i18n.t('forecast.calls.name'), value: ({ standing }) => standing.subjectName },
    { header: i18n.t('forecast.period'), value: () => period },
    { header: i18n.t('forecast.metric'), value: () => i18n.t(`goals.metric.${metric}`) },
    { header: i18n.t('forecast.calls.ownCommit'), value: ({ standing }) => standing.submission?.commit },
    { header: i18n.t('forecast.calls.ownBest'), value: ({ standing }) => standing.submission?.bestCase },
    { header: i18n.t('forecast.calls.adjustedCommit'), value: ({ standing }) => standing.adjustment?.commit },
    { header: i18n.t('forecast.calls.adjustNote'), value: ({ standing }) => standing.adjustment?.note },
    {
      header: i18n.t('forecast.calls.adjustedBy'),
      value: ({ standing }) => standing.adjustment?.submittedBy,
    },
    { header: i18n.t('forecast.calls.commit'), value: ({ standing }) => standing.commit },
    { header: i18n.t('forecast.calls.bestCase'), value: ({ standing }) => standing.bestCase },
    { header: i18n.t('forecast.calls.lastWeek'), value: ({ standing }) => standing.commitLastWeek },
    { header: i18n.t('forecast.calls.change'), value: (row) => row.weeklyChange },
    { header: i18n.t('forecast.calls.repSum'), value: ({ standing }) => standing.repCommitSum },
    { header: i18n.t('forecast.calls.goal'), value: ({ standing }) => standing.goal },
    { header: i18n.t('forecast.calls.gap'), value: (row) => row.gapToGoal },
    { header: i18n.t('forecast.calls.bias'), value: ({ standing }) => standing.callBias },
    { header: i18n.t('forecast.calls.scored'), value: ({ standing }) => standing.callsScored },
    { header: i18n.t('imports.currency'), value: () => (metric === 'WON_REVENUE' ? currency : null) },
  ];
}
