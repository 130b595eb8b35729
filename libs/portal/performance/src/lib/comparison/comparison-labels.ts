import { Z_CAP } from '@salesops/domain';
import { type I18nService } from '@salesops/portal/i18n';

import { type ComparisonRow, fairnessReading, outlierKpiLabel } from './comparison-model';

type Outlier = ComparisonRow['outliers'][number];

/** "High Won revenue": the outlier's direction and KPI in the current language. */
export function outlierTitle(i18n: I18nService, outlier: Outlier): string {
  const key = outlierKpiLabel(outlier.kpi);
  const kpi = key ? i18n.t(key) : outlier.kpi;
  return i18n.t(outlier.direction === 'HIGH' ? 'cmp.outlierHigh' : 'cmp.outlierLow', { kpi });
}

/** Just the KPI of an outlier, for the compact badge. */
export function outlierKpiText(i18n: I18nService, outlier: Outlier): string {
  const key = outlierKpiLabel(outlier.kpi);
  return key ? i18n.t(key) : outlier.kpi;
}

/** The API's weakest step (QUALIFYING or CLOSING) in words; an unknown step as it came. */
export function stepText(i18n: I18nService, step: string | null): string {
  if (step === 'QUALIFYING') return i18n.t('cmp.step.QUALIFYING');
  if (step === 'CLOSING') return i18n.t('cmp.step.CLOSING');
  return step ?? '';
}

/** A Gini in plain words: "even", "somewhat uneven", "uneven" or "no leads". */
export function readingText(i18n: I18nService, gini: number | null): string {
  const reading = fairnessReading(gini);
  return i18n.t(reading ? `cmp.fairness.${reading}` : 'cmp.fairness.NONE');
}

/** An outlier KPI's value in its own unit: money for won revenue, a percentage for a rate, else a count. */
function kpiValue(i18n: I18nService, kpi: string, value: number, currency: string): string {
  const name = kpi.trim().toLowerCase();
  if (name === 'won revenue') return i18n.formatMoney(String(Math.round(value)), currency, true);
  if (name === 'win rate') return i18n.formatPercent(value);
  return i18n.formatNumber(value);
}

/**
 * Why the rep is an outlier, in the current language, from the API's figures: against the team median
 * (won revenue, deals won), or for a win rate against the rest of the team's pooled rate given the rep's
 * closed deals. The API caps scores at Z_CAP (10), which reads "more than 10".
 */
export function outlierReason(
  i18n: I18nService,
  outlier: Outlier,
  teamName: string,
  currency: string,
): string {
  const size = Math.abs(outlier.zScore);
  const params = {
    kpi: outlierKpiText(i18n, outlier),
    value: kpiValue(i18n, outlier.kpi, outlier.value, currency),
    z: size >= Z_CAP ? i18n.t('cmp.zMore') : i18n.formatNumber(Math.round(size * 10) / 10),
    team: teamName,
    median: kpiValue(i18n, outlier.kpi, outlier.teamMedian, currency),
    count: i18n.formatNumber(outlier.teamSize),
  };
  if (outlier.closedDeals !== null) {
    return i18n.t(
      outlier.direction === 'HIGH' ? 'cmp.outlierReason.RATE_HIGH' : 'cmp.outlierReason.RATE_LOW',
      {
        ...params,
        closed: i18n.formatNumber(outlier.closedDeals),
      },
    );
  }
  return i18n.t(outlier.direction === 'HIGH' ? 'cmp.outlierReason.HIGH' : 'cmp.outlierReason.LOW', params);
}

type NotJudged = ComparisonRow['notJudged'][number];

/** Whether the rep had no deal engaged or closed in the period (then nothing about them is judged). */
export function hadNoActivity(row: ComparisonRow): boolean {
  return row.notJudged.some((n) => n.reason === 'NO_ACTIVITY');
}

/** Why a KPI is not judged for the rep, in the current language. */
export function notJudgedText(i18n: I18nService, notJudged: NotJudged): string {
  const key = outlierKpiLabel(notJudged.kpi);
  const kpi = key ? i18n.t(key) : notJudged.kpi;
  switch (notJudged.reason) {
    case 'NO_ACTIVITY':
      return i18n.t('cmp.notJudged.NO_ACTIVITY');
    case 'FEW_DEALS':
      return i18n.t('cmp.notJudged.FEW_DEALS', {
        kpi,
        closed: i18n.formatNumber(notJudged.closedDeals),
        needed: i18n.formatNumber(notJudged.needed),
      });
    default:
      return i18n.t('cmp.notJudged.SMALL_TEAM', { kpi, needed: i18n.formatNumber(notJudged.needed) });
  }
}

type Signal = ComparisonRow['signals'][number];

/** A red flag in the current language, from its kind and figures. */
export function signalText(i18n: I18nService, signal: Signal): string {
  switch (signal.kind) {
    case 'MANY_LEADS_FEW_QUALIFIED':
      return i18n.t('cmp.signal.MANY_LEADS_FEW_QUALIFIED', {
        leads: i18n.formatNumber(signal.leads),
        teamLeads: i18n.formatNumber(signal.teamLeads),
        rate: i18n.formatPercent(signal.rate),
        teamRate: i18n.formatPercent(signal.teamRate),
      });
    case 'STUCK_DEALS':
      return i18n.t('cmp.signal.STUCK_DEALS', {
        count: i18n.formatNumber(signal.deals),
        days: i18n.formatNumber(signal.threshold),
      });
    case 'PUSHED_DEALS':
      return i18n.t('cmp.signal.PUSHED_DEALS', {
        count: i18n.formatNumber(signal.deals),
        times: i18n.formatNumber(signal.threshold),
      });
    default:
      return String(signal.kind);
  }
}

/** The weakest funnel step against the team, in the current language; '' when there is none. */
export function weakestStepReason(i18n: I18nService, funnel: ComparisonRow['funnel']): string {
  if (funnel.weakestStep === 'QUALIFYING') {
    return i18n.t('cmp.weakestReason.QUALIFYING', {
      rate: i18n.formatPercent(funnel.qualificationRate),
      team: i18n.formatPercent(funnel.teamQualificationRate),
    });
  }
  if (funnel.weakestStep === 'CLOSING') {
    return i18n.t('cmp.weakestReason.CLOSING', {
      rate: i18n.formatPercent(funnel.closeRate),
      team: i18n.formatPercent(funnel.teamCloseRate),
    });
  }
  return funnel.weakestStepReason ?? '';
}
