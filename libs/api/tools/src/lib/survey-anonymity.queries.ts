import { runSql, sql, type SqlFragment } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

type Runner = Pick<EntityManager, 'query'>;

/** Every team with the teams above it, top first: `team_paths(id, path)`. */
const TEAM_PATHS = sql`WITH RECURSIVE team_paths(id, path) AS (
    SELECT id, ARRAY[id] FROM team WHERE parent_id IS NULL
    UNION ALL
    SELECT t.id, p.path || t.id FROM team t JOIN team_paths p ON t.parent_id = p.id
  )`;

/** At publication: every rep's team path, which team results group by from then on. */
export function snapshotMembers(runner: Runner, surveyId: string): Promise<unknown[]> {
  return runSql(
    runner,
    sql`${TEAM_PATHS}
    INSERT INTO survey_member (survey_id, rep_id, team_path)
    SELECT ${surveyId}::uuid, r.id, p.path FROM rep r JOIN team_paths p ON p.id = r.team_id
    ON CONFLICT DO NOTHING`,
  );
}

/** The rep's team path as of publication; empty for a rep who joined after it (the whole survey only). */
export async function memberPath(runner: Runner, surveyId: string, repId: string): Promise<string[]> {
  const [row] = await runSql<{ team_path: string[] }>(
    runner,
    sql`SELECT team_path FROM survey_member WHERE survey_id = ${surveyId}::uuid AND rep_id = ${repId}::uuid`,
  );
  return row?.team_path ?? [];
}

/**
 * Copies the survey's current answers as release `generation`, without their responses, and drops
 * releases older than the one before it (only that one and the newest can ever show).
 */
export async function takeRelease(
  runner: Runner,
  surveyId: string,
  generation: number,
  responses: number,
): Promise<void> {
  await runSql(
    runner,
    sql`INSERT INTO survey_release (survey_id, generation, responses) VALUES (${surveyId}::uuid, ${generation}, ${responses}) ON CONFLICT DO NOTHING`,
  );
  await runSql(
    runner,
    sql`INSERT INTO survey_release_answer (id, survey_id, generation, question_id, score, choices, text)
    SELECT gen_random_uuid(), r.survey_id, ${generation}, a.question_id, a.score, a.choices, a.text
      FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
     WHERE r.survey_id = ${surveyId}::uuid`,
  );
  await runSql(
    runner,
    sql`DELETE FROM survey_release WHERE survey_id = ${surveyId}::uuid AND generation < ${generation - 1}`,
  );
  await runSql(
    runner,
    sql`DELETE FROM survey_release_answer WHERE survey_id = ${surveyId}::uuid AND generation < ${generation - 1}`,
  );
}

/** Whether release `generation` of the survey was taken (a survey open before releases existed has none). */
export async function releaseTaken(runner: Runner, surveyId: string, generation: number): Promise<boolean> {
  const rows = await runSql(
    runner,
    sql`SELECT 1 FROM survey_release WHERE survey_id = ${surveyId}::uuid AND generation = ${generation}`,
  );
  return rows.length > 0;
}

/** Responses per team of the survey (each counts in its team and every team above), with the team above. */
export function groupCounts(
  runner: Runner,
  surveyId: string,
): Promise<{ team_id: string; parent_id: string | null; n: number }[]> {
  return runSql(
    runner,
    sql`SELECT r.team_path[i] AS team_id, CASE WHEN i > 1 THEN r.team_path[i - 1] END AS parent_id, count(*)::int AS n
      FROM survey_response r CROSS JOIN LATERAL generate_subscripts(r.team_path, 1) AS i
     WHERE r.survey_id = ${surveyId}::uuid
     GROUP BY 1, 2`,
  );
}

/**
 * Where answers are read from: the live answers (all, or those of a team as of publication), or a
 * release of an open anonymous survey. `a` is the answer; `r` the response, live only.
 */
export type AnswerSource = { kind: 'live'; teamId: string | null } | { kind: 'release'; generation: number };

export function answersFrom(surveyId: string, source: AnswerSource): SqlFragment {
  return source.kind === 'live'
    ? sql`survey_answer a JOIN survey_response r ON r.id = a.response_id
       WHERE r.survey_id = ${surveyId}::uuid AND (${source.teamId}::uuid IS NULL OR ${source.teamId}::uuid = ANY(r.team_path))`
    : sql`survey_release_answer a WHERE a.survey_id = ${surveyId}::uuid AND a.generation = ${source.generation}`;
}

/** The tool's CSAT and NPS scores in a release. */
export async function releasedToolScores(
  runner: Runner,
  surveyId: string,
  toolId: string,
  generation: number,
): Promise<{ csat: number[]; nps: number[] }> {
  const rows = await runSql<{ kind: 'CSAT' | 'NPS'; score: number }>(
    runner,
    sql`SELECT q.kind, a.score FROM survey_release_answer a JOIN survey_question q ON q.id = a.question_id
     WHERE a.survey_id = ${surveyId}::uuid AND a.generation = ${generation} AND q.tool_id = ${toolId}::uuid
       AND q.kind IN ('CSAT', 'NPS') AND a.score IS NOT NULL`,
  );
  return {
    csat: rows.filter((r) => r.kind === 'CSAT').map((r) => r.score),
    nps: rows.filter((r) => r.kind === 'NPS').map((r) => r.score),
  };
}
