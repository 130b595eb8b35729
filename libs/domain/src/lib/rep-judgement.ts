import { median, OUTLIER_Z, robustZScores } from './statistics';

/** The KPIs reps are compared on within their team. */
export type JudgedKpi = 'won revenue' | 'deals won' | 'win rate';

/** Why a rep is not compared with their team on a KPI. */
export type NotJudgedReason = 'NO_ACTIVITY' | 'FEW_DEALS' | 'SMALL_TEAM';

/** A rep needs this many deals closed (won or lost) in the period before their win rate is judged. */
export const MIN_CLOSED_DEALS = 5;
/** A KPI is judged in a team only when at least this many of its reps can be judged on it. */
export const MIN_JUDGED_REPS = 4;
/** Scores beyond this are worded "more than 10", not to a decimal that suggests a precision they lack. */
export const Z_CAP = 10;

/** One rep's period, as the comparison counts it. */
export interface RepSample {
  readonly id: string;
  /** Deals engaged in the period. */
  readonly leads: number;
  readonly dealsWon: number;
  readonly dealsLost: number;
  /** Won revenue in major units (a float is fine: only the spread between reps is compared). */
  readonly wonRevenue: number;
}

export interface KpiVerdict {
  readonly kpi: JudgedKpi;
  /** Null when the rep is not judged on this KPI (then `notJudged` says why). */
  readonly z: number | null;
  readonly outlier: 'HIGH' | 'LOW' | null;
  readonly notJudged: NotJudgedReason | null;
  /** The value compared: the KPI itself, or for win rate the rep's own won / (won + lost). */
  readonly value: number | null;
  /** What the rep was compared with: the team median, or for win rate the rest of the team's pooled rate. */
  readonly teamValue: number | null;
  /** Reps the KPI was judged among in the team (0 when the team is too small). */
  readonly judgedReps: number;
}

/**
 * Each rep of one team against the team on each KPI, with the rules that keep a verdict from resting on
 * too little:
 * - a rep with no deal engaged or closed in the period is not judged at all (NO_ACTIVITY): "no activity"
 *   is its own plain verdict, not "in line" nor a low outlier;
 * - won revenue and deals won: robust z-scores (median and MAD) among the reps with activity;
 * - win rate: only for reps with at least MIN_CLOSED_DEALS closed deals (FEW_DEALS otherwise), and not by
 *   the spread of rates (a handful of reps with close rates has a tiny MAD, so a rep 3 points off read
 *   "−19 deviations") but by how surprising the rep's wins are if they won at the rest of the team's pooled
 *   rate p: z = (won − n·p) / √(n·p·(1 − p)), which grows with the rep's deals, so 9 of 13 against 63% is
 *   in line and 30 of 100 is not;
 * - a KPI is judged in a team only when at least MIN_JUDGED_REPS reps can be judged on it (SMALL_TEAM);
 * - |z| > OUTLIER_Z (3.5) is an outlier.
 */
export function judgeTeam(reps: readonly RepSample[]): Map<string, KpiVerdict[]> {
  const active = reps.filter(hasActivity);
  const verdicts = new Map<string, KpiVerdict[]>(reps.map((rep) => [rep.id, []]));
  const add = (id: string, verdict: KpiVerdict) => verdicts.get(id)?.push(verdict);
  for (const rep of reps) {
    if (hasActivity(rep)) continue;
    for (const kpi of KPIS) add(rep.id, notJudged(kpi, 'NO_ACTIVITY', 0));
  }
  for (const [kpi, value] of [
    ['won revenue', (rep: RepSample) => rep.wonRevenue],
    ['deals won', (rep: RepSample) => rep.dealsWon],
  ] as const) {
    if (active.length < MIN_JUDGED_REPS) {
      for (const rep of active) add(rep.id, notJudged(kpi, 'SMALL_TEAM', active.length));
      continue;
    }
    const values = active.map(value);
    // Never null: a team reaches here with at least MIN_JUDGED_REPS reps.
    const center = median(values) as number;
    robustZScores(values).forEach((z, index) =>
      add(active[index].id, judged(kpi, z, values[index], center, active.length)),
    );
  }
  const rated = active.filter((rep) => rep.dealsWon + rep.dealsLost >= MIN_CLOSED_DEALS);
  for (const rep of active) {
    const closed = rep.dealsWon + rep.dealsLost;
    const rate = closed === 0 ? null : rep.dealsWon / closed;
    if (closed < MIN_CLOSED_DEALS) {
      add(rep.id, { ...notJudged('win rate', 'FEW_DEALS', rated.length), value: rate });
      continue;
    }
    if (rated.length < MIN_JUDGED_REPS) {
      add(rep.id, { ...notJudged('win rate', 'SMALL_TEAM', rated.length), value: rate });
      continue;
    }
    const others = rated.filter((other) => other.id !== rep.id);
    const won = others.reduce((sum, other) => sum + other.dealsWon, 0);
    const all = others.reduce((sum, other) => sum + other.dealsWon + other.dealsLost, 0);
    const pooled = won / all;
    const spread = Math.sqrt(closed * pooled * (1 - pooled));
    // Everyone else won all or none: any difference is certain, none is no difference.
    const z =
      spread === 0
        ? rep.dealsWon === closed * pooled
          ? 0
          : Math.sign(rep.dealsWon - closed * pooled) * Infinity
        : (rep.dealsWon - closed * pooled) / spread;
    add(rep.id, judged('win rate', z, rate, pooled, rated.length));
  }
  return verdicts;
}

/** A score for showing: capped at ±Z_CAP and rounded to 2 decimals. */
export function shownZ(z: number): number {
  return Math.round(Math.max(-Z_CAP, Math.min(Z_CAP, z)) * 100) / 100;
}

const KPIS: readonly JudgedKpi[] = ['won revenue', 'deals won', 'win rate'];

const hasActivity = (rep: RepSample) => rep.leads > 0 || rep.dealsWon + rep.dealsLost > 0;

function notJudged(kpi: JudgedKpi, reason: NotJudgedReason, judgedReps: number): KpiVerdict {
  return {
    kpi,
    z: null,
    outlier: null,
    notJudged: reason,
    value: null,
    teamValue: null,
    judgedReps: reason === 'SMALL_TEAM' ? 0 : judgedReps,
  };
}

function judged(
  kpi: JudgedKpi,
  z: number,
  value: number | null,
  teamValue: number,
  judgedReps: number,
): KpiVerdict {
  const outlier = Math.abs(z) > OUTLIER_Z ? (z > 0 ? 'HIGH' : 'LOW') : null;
  return { kpi, z, outlier, notJudged: null, value, teamValue, judgedReps };
}
