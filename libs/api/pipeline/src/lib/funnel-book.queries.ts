import { sql, type SqlFragment } from '@salesops/api/core';

/** Where a deal of the dashboard funnel's book stands against one open stage (`FunnelStep` counts). */
export enum FunnelStepOutcome {
  /** Reached the stage or went past it (`entered`). */
  ENTERED = 'ENTERED',
  /** Went past it; at the last open stage, won (`advanced`). */
  ADVANCED = 'ADVANCED',
  /** Stopped there and was lost (`lostHere`). */
  LOST_HERE = 'LOST_HERE',
  /** Stopped there and was still open (`openHere`). */
  OPEN_HERE = 'OPEN_HERE',
}

/**
 * The common table expressions of a book of deals as it stood at the start of `end` (a period's end,
 * exclusive), for the deals `where` selects (a condition on deal `d`): `steps` (the open stages in order),
 * `n` (how many), `then_` and `book` (one row per deal: `id`, `kind` then and the furthest open step
 * `reached`). The rules:
 * - the book: every owned deal engaged before `end`, or not engaged yet, that had not closed before it
 *   or did (a closed deal without a close date is in every book); a deal is WON or LOST only if it closed
 *   before `end`, one that closed later was still OPEN then, as the comparison funnel and the as-of
 *   pipeline count it;
 * - the furthest open stage a deal reached by then: every open stage for a win; otherwise the furthest of
 *   its recorded history (for a deal still open then, only the changes before `end`, and the stage it
 *   left on the first change after), its stage now if still open and unchanged since, and the second
 *   stage if it has an engage date (it left the first one). A deal that closed later with no history
 *   before `end` therefore counts where its engage date puts it.
 * The dashboard's funnel counts it (`funnelSteps`), and the deals list reads it back (`funnelStepDeals`).
 */
export function funnelBook(end: string, where: SqlFragment): SqlFragment {
  const asOf = sql`${end}::date`;
  return sql`
    steps AS (
      SELECT id, name, position, row_number() OVER (ORDER BY position)::int AS step FROM sales_stage WHERE kind = 'OPEN'
    ),
    n AS (SELECT count(*)::int AS last FROM steps),
    then_ AS (
      SELECT d.id, d.stage_id, d.engage_date,
             CASE WHEN s.kind <> 'OPEN' AND (d.close_date IS NULL OR d.close_date < ${asOf}) THEN s.kind::text ELSE 'OPEN' END AS kind,
             s.kind = 'OPEN' AS open_now
        FROM deal d
        JOIN sales_stage s ON s.id = d.stage_id
       WHERE d.rep_id IS NOT NULL AND (d.engage_date IS NULL OR d.engage_date < ${asOf}) AND ${where}
    ),
    book AS (
      SELECT b.id, b.kind,
             CASE WHEN b.kind = 'WON' THEN n.last ELSE greatest(
               1,
               (SELECT max(st.step) FROM deal_stage_change h JOIN steps st ON st.id = h.to_stage_id OR st.id = h.from_stage_id
                 WHERE h.deal_id = b.id AND (b.kind <> 'OPEN' OR h.changed_on < ${asOf})),
               CASE WHEN b.kind = 'OPEN' THEN (
                 SELECT st.step FROM deal_stage_change h JOIN steps st ON st.id = h.from_stage_id
                  WHERE h.deal_id = b.id AND h.changed_on >= ${asOf} ORDER BY h.changed_on, h.recorded_at LIMIT 1) END,
               CASE WHEN b.open_now AND NOT EXISTS (SELECT 1 FROM deal_stage_change h WHERE h.deal_id = b.id AND h.changed_on >= ${asOf})
                    THEN (SELECT st.step FROM steps st WHERE st.id = b.stage_id) END,
               CASE WHEN b.engage_date IS NOT NULL THEN least(2, n.last) END
             ) END AS reached
        FROM then_ b CROSS JOIN n
    )`;
}

/** Whether a book row `b` at open step `st` of `n` stages has the outcome: the rule of each `FunnelStep` count. */
export function funnelOutcome(outcome: FunnelStepOutcome): SqlFragment {
  switch (outcome) {
    case FunnelStepOutcome.ENTERED:
      return sql`b.reached >= st.step`;
    case FunnelStepOutcome.ADVANCED:
      return sql`CASE WHEN st.step = n.last THEN b.kind = 'WON' ELSE b.reached > st.step END`;
    case FunnelStepOutcome.LOST_HERE:
      return sql`b.reached = st.step AND b.kind = 'LOST'`;
    case FunnelStepOutcome.OPEN_HERE:
      return sql`b.reached = st.step AND b.kind = 'OPEN'`;
  }
}

/** The ids of the deals of the book at `end` with the outcome at open stage `stageId` (none for a stage that is not open). */
export function funnelStepDeals(end: string, stageId: string, outcome: FunnelStepOutcome): SqlFragment {
  return sql`
    WITH ${funnelBook(end, sql`TRUE`)}
    SELECT b.id FROM book b CROSS JOIN n JOIN steps st ON st.id = ${stageId}::uuid
     WHERE ${funnelOutcome(outcome)}`;
}
