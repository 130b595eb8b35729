import { type ForecastMetric } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';

/**
 * A figure of the metric as people read it: whole money in the currency for won revenue, a count (to two
 * decimals at most: expected deals) for deals won; '' for none. CSV exports keep the API's exact text.
 */
export function formatFigure(
  i18n: I18nService,
  value: string | null | undefined,
  metric: ForecastMetric,
  currency: string | null | undefined,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (metric === 'WON_REVENUE' && currency) return i18n.formatMoney(value, currency, true);
  return i18n.formatNumber(Math.round(Number(value) * 100) / 100);
}

/** A signed share for bias: "+12.5%" over-forecast, "−3%" under. */
export function formatSignedPercent(i18n: I18nService, value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = i18n.formatPercent(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** A decimal text as a number for drawing and comparing (never for totals shown as exact). */
export function toNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
