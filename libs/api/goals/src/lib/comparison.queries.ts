import { sql, type SqlFragment } from '@salesops/api/core';

/** An open deal whose expected close date moved later this often is stuck, whatever its age. */
export const REPEATED_PUSHES = 2;

/** One rep's funnel counts as the database gives them. */
export interface FunnelRow {
  rep_id: string;
  leads: string;
  qualified: string;
  won: string;
  lost: string;
  pushed: string;
  open_days: number[] | null;
}

/**
 * Each rep's book as of a date (the period's end, exclusive): every deal engaged before it, or not engaged
 * yet. A deal is won or lost as of the date if it closed before it (a closed deal without a close date is
 * closed in every book, as the dashboard's funnel counts it); one that closed later was still open then and
 * counts as open, as does every deal open now. A lead is qualified once it left the first stage (it has an
 * engage date, or it closed). Days engaged are measured on the date for the deals open and engaged then.
 * Pushed: deals open now whose expected close date moved later at least `REPEATED_PUSHES` times.
 */
export function repFunnels(asOf: string, repIds: readonly string[]): SqlFragment {
  const day = sql`${asOf}::date`;
  return sql`
    SELECT r.id AS rep_id,
           count(d.id) AS leads,
           count(d.id) FILTER (WHERE d.engage_date IS NOT NULL OR c.closed) AS qualified,
           count(d.id) FILTER (WHERE c.closed AND s.kind = 'WON') AS won,
           count(d.id) FILTER (WHERE c.closed AND s.kind = 'LOST') AS lost,
           count(d.id) FILTER (WHERE s.kind = 'OPEN' AND d.close_date_pushes >= ${REPEATED_PUSHES}) AS pushed,
           array_agg(${day} - d.engage_date) FILTER (WHERE NOT c.closed AND d.engage_date IS NOT NULL) AS open_days
      FROM rep r
      LEFT JOIN deal d ON d.rep_id = r.id AND (d.engage_date IS NULL OR d.engage_date < ${day})
      LEFT JOIN sales_stage s ON s.id = d.stage_id
      CROSS JOIN LATERAL (SELECT coalesce(s.kind <> 'OPEN' AND (d.close_date IS NULL OR d.close_date < ${day}), false) AS closed) c
     WHERE r.id = ANY(${repIds}::uuid[])
     GROUP BY r.id`;
}

/** Each rep's lead routing weight; reps without a rule have no row (they weigh 1). */
export function routingWeights(repIds: readonly string[]): SqlFragment {
  return sql`SELECT rep_id, weight FROM routing_rule WHERE rep_id = ANY(${repIds}::uuid[])`;
}

/** Each rep's leads of [start, end): deals engaged then, and their value (amount, else list price). */
export function leadsByRep(start: string, end: string, repIds: readonly string[]): SqlFragment {
  return sql`
    SELECT d.rep_id, count(*) AS count, coalesce(sum(coalesce(d.amount_minor, p.list_price_minor, 0)), 0) AS value_minor
      FROM deal d LEFT JOIN product p ON p.id = d.product_id
     WHERE d.rep_id = ANY(${repIds}::uuid[]) AND d.engage_date >= ${start}::date AND d.engage_date < ${end}::date
     GROUP BY d.rep_id`;
}
