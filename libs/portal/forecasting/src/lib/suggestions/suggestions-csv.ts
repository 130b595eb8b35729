import { type ForecastMetric } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { forecastNoteText } from '../forecast/forecast-notes';
import { flagKey, methodKey } from '../forecast/forecast-words';
import { subjectKey, type Suggestion, type SuggestionEdit } from './suggestion-accept';

/** The suggestions as shown, with the target typed on each row (not yet saved ones say so in "accepted"). */
export function suggestionsCsvColumns(
  i18n: I18nService,
  context: { period: string; metric: ForecastMetric; percentile: number; currency: string | null },
  edits: ReadonlyMap<string, SuggestionEdit>,
): CsvColumn<Suggestion>[] {
  const edit = (row: Suggestion) => edits.get(subjectKey(row.subjectKind, row.subjectId));
  return [
    {
      header: i18n.t('forecast.calls.kind'),
      value: (r) => i18n.t(r.subjectKind === 'TEAM' ? 'goals.kind.team' : 'goals.kind.rep'),
    },
    { header: i18n.t('forecast.calls.name'), value: (r) => r.subjectName },
    { header: i18n.t('forecast.period'), value: () => context.period },
    { header: i18n.t('forecast.metric'), value: () => i18n.t(`goals.metric.${context.metric}`) },
    { header: i18n.t('forecast.col.method'), value: (r) => (r.method ? i18n.t(methodKey(r.method)) : null) },
    { header: 'P10', value: (r) => r.p10 },
    { header: 'P25', value: (r) => r.p25 },
    { header: 'P50', value: (r) => r.p50 },
    { header: 'P90', value: (r) => r.p90 },
    {
      header: `${i18n.t('forecast.suggest.suggested')} (P${context.percentile})`,
      value: (r) => r.suggestedTarget,
    },
    { header: i18n.t('forecast.suggest.existing'), value: (r) => r.existingGoal },
    { header: i18n.t('forecast.suggest.flag'), value: (r) => i18n.t(flagKey(r.flag)) },
    { header: i18n.t('forecast.suggest.target'), value: (r) => edit(r)?.target },
    {
      header: i18n.t('forecast.suggest.selected'),
      value: (r) => i18n.t(edit(r)?.selected ? 'forecast.yes' : 'forecast.no'),
    },
    { header: i18n.t('forecast.col.note'), value: (r) => forecastNoteText(i18n, r) },
    {
      header: i18n.t('imports.currency'),
      value: () => (context.metric === 'WON_REVENUE' ? context.currency : null),
    },
  ];
}
