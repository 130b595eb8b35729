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
