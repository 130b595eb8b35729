import { type DrillDown, lastDayOf, type PerformanceTrendQuery } from '@salesops/portal/data-access';

export type TrendPoint = PerformanceTrendQuery['performanceTrend']['points'][number];
export type TrendMetric =
  'WON_REVENUE' | 'WON_TO_DATE' | 'ATTAINMENT' | 'WIN_RATE' | 'NEW_PIPELINE' | 'OPEN_PIPELINE';
export const TREND_METRICS: readonly TrendMetric[] = [
  'WON_REVENUE',
  'WON_TO_DATE',
  'ATTAINMENT',
  'WIN_RATE',
  'NEW_PIPELINE',
  'OPEN_PIPELINE',
];

/** Whose trend: one rep, a team (and below), or every rep (admins). */
export type TrendSubject =
  { kind: 'rep'; repId: string } | { kind: 'team'; teamId: string } | { kind: 'company' };

/**
 * Each point's value for the chart (money in major units, rates as fractions) and its reference mark. Won to
 * date runs the won revenue up from the first point, against the whole period's goal (`periodTarget`).
 */
export function chartValues(
  points: readonly TrendPoint[],
  metric: TrendMetric,
  periodTarget: { amount: string } | null,
): { value: number | null; ref: number | null }[] {
  if (metric === 'WON_TO_DATE') {
    let minor = 0n;
    const goal = periodTarget ? Number(periodTarget.amount) : null;
    return points.map((point) => {
      minor += BigInt(point.wonRevenue.minor);
      return { value: Number(minor) / 100, ref: goal };
    });
  }
  return points.map((point) => chartValue(point, metric));
}

function chartValue(
  point: TrendPoint,
  metric: Exclude<TrendMetric, 'WON_TO_DATE'>,
): { value: number | null; ref: number | null } {
  switch (metric) {
    case 'WON_REVENUE':
      return {
        value: Number(point.wonRevenue.amount),
        ref: point.wonRevenueTarget ? Number(point.wonRevenueTarget.amount) : null,
      };
    case 'ATTAINMENT':
      return { value: point.attainment, ref: point.attainment === null ? null : 1 };
    case 'WIN_RATE':
      return { value: point.winRate, ref: null };
    case 'NEW_PIPELINE':
      return { value: Number(point.newPipeline.amount), ref: null };
    case 'OPEN_PIPELINE':
      return { value: Number(point.openPipeline.amount), ref: null };
  }
}

/**
 * The deals behind a point's figure, as a deals-list filter. A team's closed deals are those of whoever was
 * in it on the close date, its new pipeline on the engage date and its open deals at the point's end on the
 * point's last day, as the trend counts them; the company's are the deals with a rep.
 */
export function pointDeals(
  subject: TrendSubject,
  point: TrendPoint,
  figure: 'won' | 'lost' | 'new' | 'open',
): DrillDown | null {
  const { start, end } = point.period;
  const last = lastDayOf(end);
  const who = (membership: 'ON_CLOSE_DATE' | 'ON_ENGAGE_DATE' | 'BEFORE_BOOK_DAY'): DrillDown =>
    subject.kind === 'rep'
      ? { repId: subject.repId }
      : subject.kind === 'team'
        ? { teamId: subject.teamId, teamMembership: membership }
        : { assigned: true };
  switch (figure) {
    case 'won':
      return { ...who('ON_CLOSE_DATE'), stageKind: 'WON', closedFrom: start, closedTo: last };
    case 'lost':
      return { ...who('ON_CLOSE_DATE'), stageKind: 'LOST', closedFrom: start, closedTo: last };
    case 'new':
      return { ...who('ON_ENGAGE_DATE'), engagedFrom: start, engagedTo: last };
    case 'open':
      return { ...who('BEFORE_BOOK_DAY'), bookAt: end, statusAt: 'OPEN', engagedTo: last };
  }
}

/** Short axis text: the month's name, or the week number. */
export function tickOf(key: string, locale: string): string {
  const week = /^\d{4}-W(\d{2})$/.exec(key);
  if (week) return `W${Number(week[1])}`;
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    new Date(`${key}-01T00:00:00Z`),
  );
}
