import { sql, type SqlFragment } from '@salesops/api/core';

/** The first day of the last month before `before` in which any deal closed (won or lost), if any. */
export function lastClosingMonthBefore(before: string): SqlFragment {
  return sql`SELECT max(c.month)::text AS month FROM rep_month_close c
              WHERE c.month < ${before}::date AND c.deals_won + c.deals_lost > 0`;
}

/**
 * Named answers only: each rep's mean CSAT score for the tool in one survey, beside their won revenue in
 * [start, end) (minor units as text; 0 without a win), from the monthly rollup (periods start on the first
 * of a month).
 */
export function satisfactionPairs(
  surveyId: string,
  toolId: string,
  period: { start: string; end: string },
): SqlFragment {
  return sql`
    WITH scores AS (
      SELECT r.rep_id, avg(a.score)::float AS score
        FROM survey_response r
        JOIN survey_answer a ON a.response_id = r.id
        JOIN survey_question q ON q.id = a.question_id AND q.tool_id = ${toolId}::uuid AND q.kind = 'CSAT'
       WHERE r.survey_id = ${surveyId}::uuid AND r.rep_id IS NOT NULL AND a.score IS NOT NULL
       GROUP BY r.rep_id
    ),
    won AS (
      SELECT c.rep_id, sum(c.won_minor) AS won FROM rep_month_close c
       WHERE c.month >= ${period.start}::date AND c.month < ${period.end}::date AND c.rep_id IN (SELECT rep_id FROM scores)
       GROUP BY c.rep_id
    )
    SELECT s.score, coalesce(w.won, 0)::text AS won FROM scores s LEFT JOIN won w ON w.rep_id = s.rep_id`;
}
