import { correlationReading } from '@salesops/domain';
import { type ToolScorecardRowFragment } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';

type Finding = ToolScorecardRowFragment['findings'][number];

/** One reason behind a tool's signal, in the current language, from the API's figures. */
export function findingText(i18n: I18nService, finding: Finding): string {
  // Whole percentages, as the signal's thresholds are read (70%, 60%).
  const pct = (share: number | null | undefined) =>
    i18n.formatPercent(share === null || share === undefined ? share : Math.round(share * 100) / 100);
  const num = (value: number | null | undefined) => i18n.formatNumber(value);
  switch (finding.kind) {
    case 'NO_RESULTS':
      return i18n.t('scorecard.finding.NO_RESULTS');
    case 'CSAT':
      return i18n.t(`scorecard.finding.CSAT.${finding.weighs}`, {
        value: pct(finding.value),
        wave: num(finding.wave),
      });
    case 'CSAT_FELL':
      return i18n.t('scorecard.finding.CSAT_FELL', {
        previous: pct(finding.previous),
        value: pct(finding.value),
        previousWave: num(finding.previousWave),
      });
    case 'NPS':
      return i18n.t(
        finding.weighs === 'REPLACE' ? 'scorecard.finding.NPS.REPLACE' : 'scorecard.finding.NPS.REVIEW',
        {
          value: num(finding.value),
        },
      );
    case 'SEATS': {
      const share = finding.value ?? 0;
      const key =
        finding.weighs === 'KEEP'
          ? 'scorecard.finding.SEATS.KEEP'
          : share > 1
            ? 'scorecard.finding.SEATS.SHORT'
            : 'scorecard.finding.SEATS.UNUSED';
      return i18n.t(key, {
        value: pct(finding.value),
        used: num(finding.seatsUsed),
        bought: num(finding.seatsBought),
      });
    }
    case 'RENEWAL_SOON':
      return i18n.t('scorecard.finding.RENEWAL_SOON', { days: num(finding.days) });
    case 'FEW_ANSWERS':
      return i18n.t('scorecard.finding.FEW_ANSWERS', {
        wave: num(finding.wave),
        answers: num(finding.value),
        needed: num(finding.previous),
      });
    case 'PROVISIONAL':
      return i18n.t('scorecard.finding.PROVISIONAL', { wave: num(finding.wave) });
    default:
      // A finding this portal does not know yet: the API's own words.
      return finding.reason;
  }
}

type Link = NonNullable<ToolScorecardRowFragment['satisfactionVsPerformance']>;

/** What the correlation of satisfaction with won revenue says, in the current language. */
export function linkReading(i18n: I18nService, link: Link): string {
  const r = link.correlation;
  const reading = correlationReading(r, link.reps);
  return i18n.t(`scorecard.linkReading.${reading}`, {
    r: (r ?? 0).toFixed(2),
    reps: i18n.formatNumber(link.reps),
    period: link.period,
  });
}
