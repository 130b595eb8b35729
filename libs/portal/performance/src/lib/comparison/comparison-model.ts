import { median } from '@salesops/domain';
import { type RepComparisonQuery } from '@salesops/portal/data-access';
import { type TranslationKey } from '@salesops/portal/i18n';

export type ComparisonRow = RepComparisonQuery['repComparison']['rows'][number];
export type TeamFairness = RepComparisonQuery['repComparison']['fairness'][number];
export type RepFunnel = ComparisonRow['funnel'];

/** What the table can rank by; every one is "higher is better" except stuck deals. */
export type ComparisonKpi =
  'WON_REVENUE' | 'ATTAINMENT' | 'WIN_RATE' | 'LEADS' | 'QUALIFICATION_RATE' | 'CLOSE_RATE' | 'STUCK_DEALS';

export const COMPARISON_KPIS: readonly ComparisonKpi[] = [
  'WON_REVENUE',
  'ATTAINMENT',
  'WIN_RATE',
  'LEADS',
  'QUALIFICATION_RATE',
  'CLOSE_RATE',
  'STUCK_DEALS',
];

export const COMPARISON_KPI_LABELS: Readonly<Record<ComparisonKpi, TranslationKey>> = {
  WON_REVENUE: 'kpi.WON_REVENUE',
  ATTAINMENT: 'kpi.ATTAINMENT',
  WIN_RATE: 'kpi.WIN_RATE',
  LEADS: 'cmp.kpi.LEADS',
  QUALIFICATION_RATE: 'cmp.kpi.QUALIFICATION_RATE',
  CLOSE_RATE: 'cmp.kpi.CLOSE_RATE',
  STUCK_DEALS: 'cmp.kpi.STUCK_DEALS',
};

export function isComparisonKpi(value: unknown): value is ComparisonKpi {
  return COMPARISON_KPIS.includes(value as ComparisonKpi);
}

/** At most this many reps side by side: more cards than that no longer compare at a glance. */
export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

// ---- Fairness -------------------------------------------------------------------------------------

/** Gini below this: the team's leads were shared evenly. */
export const FAIRNESS_EVEN_BELOW = 0.2;
/** Gini above this: a few reps got most of the leads. */
export const FAIRNESS_UNEVEN_ABOVE = 0.35;

export type FairnessReading = 'EVEN' | 'SOMEWHAT' | 'UNEVEN';

/** A Gini coefficient in plain words; null when nothing was shared out (no leads). */
export function fairnessReading(gini: number | null | undefined): FairnessReading | null {
  if (gini === null || gini === undefined || Number.isNaN(gini)) return null;
  if (gini < FAIRNESS_EVEN_BELOW) return 'EVEN';
  if (gini > FAIRNESS_UNEVEN_ABOVE) return 'UNEVEN';
  return 'SOMEWHAT';
}

export interface LeadShare {
  readonly repId: string;
  readonly repName: string;
  readonly leads: number;
  /** Bar width, 0-100, against the team's busiest rep. */
  readonly widthPct: number;
}

/** Each rep's leads in the period within one team, most first, for the fairness bars. */
export function teamLeadShares(rows: readonly ComparisonRow[], teamId: string): LeadShare[] {
  const team = rows.filter((row) => row.performance.teamId === teamId);
  const max = team.reduce((top, row) => Math.max(top, row.leads), 0);
  return team
    .map((row) => ({
      repId: row.performance.repId,
      repName: row.performance.repName,
      leads: row.leads,
      widthPct: max > 0 ? Math.round((row.leads / max) * 1000) / 10 : 0,
    }))
    .sort((a, b) => b.leads - a.leads || a.repName.localeCompare(b.repName));
}

/** Average leads per rep of a team, one decimal; null for a team without reps. */
export function leadsPerRep(fairness: Pick<TeamFairness, 'leads' | 'reps'>): number | null {
  return fairness.reps > 0 ? Math.round((fairness.leads / fairness.reps) * 10) / 10 : null;
}

// ---- Team medians ---------------------------------------------------------------------------------

/** The team's middle rep, the yardstick the API measures outliers and the weakest step against. */
export interface TeamMedians {
  /** Median of qualified / leads over the team's reps with any lead. */
  readonly qualificationRate: number | null;
  /** Median of won / (won + lost) over the team's reps with any deal closed. */
  readonly closeRate: number | null;
  /** Median leads in the period (deals engaged), over every rep of the team. */
  readonly leads: number | null;
}

/**
 * Medians per team (by id: two teams may share a name), from the reps' counts (not the rounded rates), like the API does. Only
 * right when `rows` holds every rep of each team, so the page fetches without `repIds`.
 */
export function teamMedians(rows: readonly ComparisonRow[]): Map<string, TeamMedians> {
  const byTeam = new Map<string, ComparisonRow[]>();
  for (const row of rows) {
    const team = row.performance.teamId;
    byTeam.set(team, [...(byTeam.get(team) ?? []), row]);
  }
  const medians = new Map<string, TeamMedians>();
  for (const [team, teamRows] of byTeam) {
    const funnels = teamRows.map((row) => row.funnel);
    medians.set(team, {
      qualificationRate: median(funnels.filter((f) => f.leads > 0).map((f) => f.qualified / f.leads)),
      closeRate: median(funnels.filter((f) => f.won + f.lost > 0).map((f) => f.won / (f.won + f.lost))),
      leads: median(teamRows.map((row) => row.leads)),
    });
  }
  return medians;
}

// ---- Funnel geometry ------------------------------------------------------------------------------

export type FunnelStep = 'LEADS' | 'QUALIFIED' | 'WON';

export interface FunnelBar {
  readonly step: FunnelStep;
  readonly count: number;
  /** Bar width, 0-100, as a share of the rep's leads. */
  readonly widthPct: number;
  /** The step's conversion rate: qualified / leads, or won / (won + lost); null for leads. */
  readonly rate: number | null;
  readonly teamRate: number | null;
  /** Where the bar would end at the team median rate, 0-100; null when there is nothing to mark. */
  readonly markerPct: number | null;
  /** The API's weakest step (QUALIFYING or CLOSING) lands on this bar. */
  readonly weakest: boolean;
}

const clampPct = (value: number) => Math.min(100, Math.max(0, Math.round(value * 10) / 10));

/**
 * Leads -> qualified -> won as bars scaled to the rep's leads. The markers show the same rep at the
 * team's median rates: qualified at median qualification, won at the median close rate of the deals
 * the rep closed, so a bar falling short of its marker is a step where this rep loses leads.
 */
export function funnelGeometry(
  funnel: RepFunnel,
  medians: Pick<TeamMedians, 'qualificationRate' | 'closeRate'> | undefined,
): FunnelBar[] {
  const { leads, qualified, won, lost } = funnel;
  const closed = won + lost;
  const share = (count: number) => (leads > 0 ? clampPct((count / leads) * 100) : 0);
  const teamQualification = medians?.qualificationRate ?? null;
  const teamClose = medians?.closeRate ?? null;
  return [
    {
      step: 'LEADS',
      count: leads,
      widthPct: leads > 0 ? 100 : 0,
      rate: null,
      teamRate: null,
      markerPct: null,
      weakest: false,
    },
    {
      step: 'QUALIFIED',
      count: qualified,
      widthPct: share(qualified),
      rate: leads > 0 ? qualified / leads : null,
      teamRate: teamQualification,
      markerPct: leads > 0 && teamQualification !== null ? clampPct(teamQualification * 100) : null,
      weakest: funnel.weakestStep === 'QUALIFYING',
    },
    {
      step: 'WON',
      count: won,
      widthPct: share(won),
      rate: closed > 0 ? won / closed : null,
      teamRate: teamClose,
      markerPct:
        leads > 0 && closed > 0 && teamClose !== null ? clampPct(((teamClose * closed) / leads) * 100) : null,
      weakest: funnel.weakestStep === 'CLOSING',
    },
  ];
}

// ---- Ranking --------------------------------------------------------------------------------------

export interface RankedRow {
  readonly row: ComparisonRow;
  /** 1 = best by the chosen KPI; ties share a rank; null when the rep has no value for it. */
  readonly rank: number | null;
}

function kpiValue(row: ComparisonRow, kpi: ComparisonKpi): bigint | number | null {
  switch (kpi) {
    case 'WON_REVENUE':
      return BigInt(row.performance.wonRevenue.minor);
    case 'ATTAINMENT':
      return row.performance.attainment;
    case 'WIN_RATE':
      return row.performance.winRate;
    case 'LEADS':
      return row.leads;
    case 'QUALIFICATION_RATE':
      return row.funnel.qualificationRate;
    case 'CLOSE_RATE':
      return row.funnel.closeRate;
    case 'STUCK_DEALS':
      return row.funnel.stuckDeals;
  }
}

// Money stays BigInt: comparing minor units as floats would misorder amounts past 2^53.
function compare(a: bigint | number, b: bigint | number): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a > b ? 1 : a < b ? -1 : 0;
  return Number(a) - Number(b);
}

/**
 * Ranks reps by a KPI, best first (or worst first), ties sharing a rank (1, 2, 2, 4). Reps without
 * a value (no goal, nothing closed) get no rank and always come last, by name.
 */
export function rankRows(
  rows: readonly ComparisonRow[],
  kpi: ComparisonKpi,
  worstFirst = false,
): RankedRow[] {
  const better = kpi === 'STUCK_DEALS' ? -1 : 1;
  const byName = (a: ComparisonRow, b: ComparisonRow) =>
    a.performance.repName.localeCompare(b.performance.repName);
  const valued = rows
    .map((row) => ({ row, value: kpiValue(row, kpi) }))
    .filter((item): item is { row: ComparisonRow; value: bigint | number } => item.value !== null)
    .sort((a, b) => better * compare(b.value, a.value) || byName(a.row, b.row));
  // Ties take the rank of the first rep with the same value.
  const ranked: RankedRow[] = [];
  valued.forEach((item, index) => {
    const tied = index > 0 && compare(item.value, valued[index - 1].value) === 0;
    ranked.push({ row: item.row, rank: tied ? ranked[index - 1].rank : index + 1 });
  });
  const unvalued = rows
    .filter((row) => kpiValue(row, kpi) === null)
    .sort(byName)
    .map((row) => ({ row, rank: null }));
  return [...(worstFirst ? ranked.reverse() : ranked), ...unvalued];
}

// ---- Outliers, flags and selection ----------------------------------------------------------------

// The API names outlier KPIs in words; these are the ones it measures.
const OUTLIER_KPI_LABELS: Readonly<Record<string, TranslationKey>> = {
  'won revenue': 'kpi.WON_REVENUE',
  'deals won': 'kpi.DEALS_WON',
  'win rate': 'kpi.WIN_RATE',
};

/** The translation key for an outlier's KPI, or null for one this portal does not know yet. */
export function outlierKpiLabel(kpi: string): TranslationKey | null {
  return OUTLIER_KPI_LABELS[kpi.trim().toLowerCase()] ?? null;
}

/** Whether the rep has anything to look at: an outlier, a red flag or stuck deals. */
export function hasSignals(row: ComparisonRow): boolean {
  return row.outliers.length > 0 || row.signals.length > 0 || row.funnel.stuckDeals > 0;
}

export interface ComparisonSummary {
  readonly reps: number;
  readonly high: number;
  readonly low: number;
  readonly flagged: number;
  readonly stuckDeals: number;
}

/**
 * The counts above the table. High and low count reps, not badges: a rep high on won revenue and on deals
 * won is one high outlier (a rep both high on one KPI and low on another counts in both).
 */
export function summarizeComparison(rows: readonly ComparisonRow[]): ComparisonSummary {
  const repsWith = (direction: 'HIGH' | 'LOW') =>
    rows.filter((row) => row.outliers.some((o) => o.direction === direction)).length;
  return {
    reps: rows.length,
    high: repsWith('HIGH'),
    low: repsWith('LOW'),
    flagged: rows.filter((row) => row.signals.length > 0).length,
    stuckDeals: rows.reduce((sum, row) => sum + row.funnel.stuckDeals, 0),
  };
}

/** Picks or drops a rep for the side-by-side view, keeping the picking order and the cap. */
export function toggleSelection(selected: readonly string[], repId: string, max = MAX_COMPARED): string[] {
  if (selected.includes(repId)) return selected.filter((id) => id !== repId);
  return selected.length >= max ? [...selected] : [...selected, repId];
}

/** `?reps=a,b,c` to ids: trimmed, without blanks or repeats, at most `max`. */
export function parseRepIds(param: string | null | undefined, max = MAX_COMPARED): string[] {
  if (!param) return [];
  const ids = param
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return [...new Set(ids)].slice(0, max);
}
