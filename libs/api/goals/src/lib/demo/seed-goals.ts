import { randomUUID } from 'node:crypto';

import { type FiscalCalendar, parsePeriodKey, type Period } from '@salesops/domain';
import { type DataSource } from 'typeorm';

/** The smallest demo goal: a rep with no wins still has something to aim at. */
const FLOOR_MINOR = 5_000_000n;
const STEP_MINOR = 500_000n;

/**
 * Demo goals for a fiscal year, so attainment shows everywhere on first look: each rep's won-revenue goal
 * per quarter is their quarterly average for the year plus 5%, rounded to $5,000 (at least $50,000); each
 * team's is the sum of its reps' (today's team, subtree included); a year's goal is the sum of its quarters.
 * Written only into an empty goal table. Returns how many goals it wrote.
 */
export async function seedDemoGoals(
  dataSource: DataSource,
  fiscalYear: string,
  calendar: FiscalCalendar,
): Promise<number> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM goal');
  if (n > 0) return 0;
  const year = parsePeriodKey(fiscalYear, calendar) as Period;
  const quarters = [1, 2, 3, 4].map((q) => parsePeriodKey(`${fiscalYear}-Q${q}`, calendar) as Period);
  const reps: { id: string; team_id: string; won: string }[] = await dataSource.query(
    `SELECT r.id, r.team_id, coalesce(sum(d.amount_minor) FILTER (WHERE s.kind = 'WON'), 0)::text AS won
       FROM rep r LEFT JOIN deal d ON d.rep_id = r.id AND d.close_date >= $1 AND d.close_date < $2
       LEFT JOIN sales_stage s ON s.id = d.stage_id
      GROUP BY r.id, r.team_id`,
    [year.start, year.end],
  );
  const teams: { id: string; parent_id: string | null }[] = await dataSource.query(
    'SELECT id, parent_id FROM team',
  );
  const parent = new Map(teams.map((t) => [t.id, t.parent_id]));
  const quarterTarget = new Map<string, bigint>();
  const teamTarget = new Map<string, bigint>();
  for (const rep of reps) {
    const perQuarter = (BigInt(rep.won) * 105n) / 400n;
    const rounded = ((perQuarter + STEP_MINOR / 2n) / STEP_MINOR) * STEP_MINOR;
    const target = rounded < FLOOR_MINOR ? FLOOR_MINOR : rounded;
    quarterTarget.set(rep.id, target);
    for (let team: string | null = rep.team_id; team; team = parent.get(team) ?? null) {
      teamTarget.set(team, (teamTarget.get(team) ?? 0n) + target);
    }
  }
  const rows: [string, string | null, string | null, Period, bigint][] = [];
  for (const [repId, target] of quarterTarget) {
    for (const quarter of quarters) rows.push([randomUUID(), repId, null, quarter, target]);
    rows.push([randomUUID(), repId, null, year, target * 4n]);
  }
  for (const [teamId, target] of teamTarget) {
    for (const quarter of quarters) rows.push([randomUUID(), null, teamId, quarter, target]);
    rows.push([randomUUID(), null, teamId, year, target * 4n]);
  }
  await dataSource.query(
    `INSERT INTO goal (id, rep_id, team_id, period_key, period_start, period_end, metric, target, currency)
     SELECT g.id, g.rep_id, g.team_id, g.period_key, g.period_start, g.period_end, 'WON_REVENUE', g.target, 'USD'
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::date[], $7::bigint[])
            AS g(id, rep_id, team_id, period_key, period_start, period_end, target)`,
    [
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
      rows.map((r) => r[3].key),
      rows.map((r) => r[3].start),
      rows.map((r) => r[3].end),
      rows.map((r) => r[4].toString()),
    ],
  );
  return rows.length;
}
