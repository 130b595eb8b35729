import { sql, type SqlFragment } from '@salesops/api/core';

import { audienceCondition, type SurveyRow } from './survey.queries';

/** The team if it exists. */
export function teamExists(teamId: string): SqlFragment {
  return sql`SELECT 1 FROM team WHERE id = ${teamId}`;
}

/** A wave about a tool: its response count (as text) and its CSAT and NPS scores about the tool. */
export interface ScorecardWaveRow {
  tool_id: string;
  survey_id: string;
  series_id: string;
  title: string;
  wave: number;
  closes_at: Date;
  opens_at: Date;
  anonymous: boolean;
  min_answers: number;
  responses: string;
  csat_scores: number[] | null;
  nps_scores: number[] | null;
}

/** The published, opened waves about each tool that ask it a CSAT or NPS score, with those scores. */
export function scorecardWaves(): SqlFragment {
  return sql`SELECT st.tool_id, s.id AS survey_id, s.series_id, s.title, s.wave, s.closes_at, s.opens_at, s.anonymous, s.min_answers,
              (SELECT count(*) FROM survey_response r WHERE r.survey_id = s.id) AS responses,
              (SELECT array_agg(a.score) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
                WHERE q.survey_id = s.id AND q.tool_id = st.tool_id AND q.kind = 'CSAT' AND a.score IS NOT NULL) AS csat_scores,
              (SELECT array_agg(a.score) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
                WHERE q.survey_id = s.id AND q.tool_id = st.tool_id AND q.kind = 'NPS' AND a.score IS NOT NULL) AS nps_scores
         FROM survey_tool st JOIN survey s ON s.id = st.survey_id
        WHERE s.published_at IS NOT NULL AND s.opens_at <= now()
          -- A wave "about" the tool that asks no score about it adds nothing to its trend.
          AND EXISTS (SELECT 1 FROM survey_question q WHERE q.survey_id = s.id AND q.tool_id = st.tool_id AND q.kind IN ('CSAT', 'NPS'))
        ORDER BY s.closes_at, s.wave`;
}

/** How many responses to a survey came from a team (or below it) as of publication (as text). */
export function countTeamResponses(surveyId: string, teamId: string): SqlFragment {
  return sql`SELECT count(*) AS n FROM survey_response WHERE survey_id = ${surveyId} AND ${teamId}::uuid = ANY(team_path)`;
}

/** A rep of a survey's audience, with their team's name and whether they answered (named surveys). */
export interface AudienceRow {
  id: string;
  name: string;
  email: string;
  team_name: string;
  answered: boolean;
}

/** The reps of a survey's audience (in these teams, if given), by name, each with whether they answered. */
export function surveyAudience(survey: SurveyRow, teamIds: readonly string[] | null): SqlFragment {
  return sql`SELECT r.id, r.name, r.email, t.name AS team_name,
              EXISTS (SELECT 1 FROM survey_response x WHERE x.survey_id = ${survey.id} AND x.rep_id = r.id) AS answered
         FROM rep r JOIN team t ON t.id = r.team_id
        WHERE ${audienceCondition(survey)} AND (${teamIds}::uuid[] IS NULL OR r.team_id = ANY(${teamIds}))
        ORDER BY lower(r.name)`;
}

/** How many answers each question has in `from`, and how many of them hold a text. */
export function answerCounts(from: SqlFragment): SqlFragment {
  return sql`SELECT a.question_id, count(*) AS n, count(a.text) AS texts FROM ${from} GROUP BY a.question_id`;
}

/** How many answers in `from` give each score, per question. */
export function scoreCounts(from: SqlFragment): SqlFragment {
  return sql`SELECT a.question_id, a.score, count(*) AS n FROM ${from} AND a.score IS NOT NULL GROUP BY a.question_id, a.score`;
}

/** How many answers in `from` pick each option, per question. */
export function choiceCounts(from: SqlFragment): SqlFragment {
  return sql`SELECT a.question_id, c.choice, count(*) AS n FROM (SELECT a.question_id, a.choices FROM ${from}) a CROSS JOIN LATERAL unnest(a.choices) AS c(choice) GROUP BY a.question_id, c.choice`;
}

/** The first `limit` text answers per question in `from`, by text (never time), named if `named`. */
export function textAnswers(from: SqlFragment, named: boolean, limit: number): SqlFragment {
  // The author's name only from live answers, where `r` is the response.
  const repName = named ? sql`(SELECT p.name FROM rep p WHERE p.id = r.rep_id)` : sql`NULL::text`;
  return sql`SELECT question_id, text, rep_name FROM (
           SELECT a.question_id, a.text, ${repName} AS rep_name,
                  row_number() OVER (PARTITION BY a.question_id ORDER BY a.text, a.id) AS k
             FROM ${from} AND a.text IS NOT NULL
         ) t WHERE k <= ${limit} ORDER BY question_id, k`;
}
