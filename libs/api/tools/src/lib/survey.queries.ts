import { allOf, sql, type SqlFragment } from '@salesops/api/core';

import { type QuestionKindEnum, SurveyAudience, type TextTopic } from './survey-kinds';

/** A survey as stored. */
export interface SurveyRow {
  id: string;
  series_id: string;
  wave: number;
  title: string;
  description: string;
  anonymous: boolean;
  min_answers: number;
  audience: SurveyAudience;
  audience_team_ids: string[];
  audience_rep_ids: string[];
  opens_at: Date;
  closes_at: Date;
  published_at: Date | null;
  version: number;
}

/** A survey question as stored. */
export interface QuestionRow {
  id: string;
  survey_id: string;
  position: number;
  kind: QuestionKindEnum;
  prompt: string;
  required: boolean;
  options: string[];
  tool_id: string | null;
  text_topic: TextTopic | null;
}

/** The reps a survey is meant for, as a condition on `rep r`. */
export function audienceCondition(
  survey: Pick<SurveyRow, 'id' | 'audience' | 'audience_team_ids' | 'audience_rep_ids'>,
): SqlFragment {
  switch (survey.audience) {
    case SurveyAudience.EVERYONE:
      return sql`r.active`;
    case SurveyAudience.REPS:
      return sql`r.active AND r.id = ANY(${survey.audience_rep_ids}::uuid[])`;
    case SurveyAudience.TEAMS:
      return sql`r.active AND r.team_id IN (
        WITH RECURSIVE below(id) AS (SELECT unnest(${survey.audience_team_ids}::uuid[]) UNION SELECT t.id FROM team t JOIN below b ON t.parent_id = b.id)
        SELECT id FROM below)`;
    case SurveyAudience.SEAT_HOLDERS:
      return sql`r.active AND EXISTS (
        SELECT 1 FROM tool_seat ts JOIN survey_tool st ON st.tool_id = ts.tool_id AND st.survey_id = ${survey.id}
         WHERE ts.rep_id = r.id AND ts.starts_on <= current_date AND (ts.ends_on IS NULL OR ts.ends_on > current_date))`;
  }
}

/** The rep if they are in the survey's audience. */
export function repInAudience(
  survey: Pick<SurveyRow, 'id' | 'audience' | 'audience_team_ids' | 'audience_rep_ids'>,
  repId: string,
): SqlFragment {
  return sql`SELECT 1 FROM rep r WHERE r.id = ${repId} AND ${audienceCondition(survey)}`;
}

/** Every survey (or those about a tool), newest opening first. */
export function surveyList(toolId: string | undefined): SqlFragment {
  const where = allOf([
    toolId
      ? sql`EXISTS (SELECT 1 FROM survey_tool st WHERE st.survey_id = s.id AND st.tool_id = ${toolId})`
      : null,
  ]);
  return sql`SELECT s.* FROM survey s WHERE ${where} ORDER BY s.opens_at DESC, s.id`;
}

/** These surveys. */
export function surveysByIds(ids: readonly string[]): SqlFragment {
  return sql`SELECT * FROM survey WHERE id = ANY(${ids})`;
}

/** The published surveys open now, closing first first. */
export function openSurveys(): SqlFragment {
  return sql`SELECT s.* FROM survey s WHERE s.published_at IS NOT NULL AND s.opens_at <= now() AND s.closes_at > now() ORDER BY s.closes_at, s.id`;
}

/** What a survey is made of, as written: its audience ids are those its audience kind reads. */
export interface SurveyFields {
  title: string;
  description: string;
  anonymous: boolean;
  minAnswers: number;
  audience: SurveyAudience;
  audienceTeamIds: string[];
  audienceRepIds: string[];
  opensAt: Date;
  closesAt: Date;
}

/** Inserts a new draft survey, the first wave of its own series. */
export function insertSurvey(id: string, survey: SurveyFields): SqlFragment {
  return sql`INSERT INTO survey (id, series_id, wave, title, description, anonymous, min_answers, audience, audience_team_ids, audience_rep_ids, opens_at, closes_at)
         VALUES (${id}, ${id}, 1, ${survey.title}, ${survey.description}, ${survey.anonymous}, ${survey.minAnswers}, ${survey.audience},
                 ${survey.audienceTeamIds}, ${survey.audienceRepIds}, ${survey.opensAt}, ${survey.closesAt})`;
}

/** Rewrites a draft, its version one up, only while a draft at the version the caller edited. */
export function updateDraft(id: string, expectedVersion: number, survey: SurveyFields): SqlFragment {
  return sql`UPDATE survey SET title = ${survey.title}, description = ${survey.description}, anonymous = ${survey.anonymous},
                min_answers = ${survey.minAnswers}, audience = ${survey.audience}, audience_team_ids = ${survey.audienceTeamIds},
                audience_rep_ids = ${survey.audienceRepIds}, opens_at = ${survey.opensAt}, closes_at = ${survey.closesAt},
                updated_at = now(), version = version + 1
          WHERE id = ${id} AND version = ${expectedVersion} AND published_at IS NULL`;
}

/** Deletes a survey's questions. */
export function deleteQuestions(surveyId: string): SqlFragment {
  return sql`DELETE FROM survey_question WHERE survey_id = ${surveyId}`;
}

/** Deletes a survey's list of tools. */
export function deleteSurveyTools(surveyId: string): SqlFragment {
  return sql`DELETE FROM survey_tool WHERE survey_id = ${surveyId}`;
}

/** Publishes a draft now, only while it is a draft at the version the caller saw. */
export function publishSurvey(id: string, expectedVersion: number): SqlFragment {
  return sql`UPDATE survey SET published_at = now(), updated_at = now(), version = version + 1 WHERE id = ${id} AND version = ${expectedVersion} AND published_at IS NULL`;
}

/** Closes a survey now (opened a moment before if not yet open), only at the version the caller saw. */
export function closeSurvey(id: string, expectedVersion: number): SqlFragment {
  return sql`UPDATE survey SET closes_at = now(), opens_at = least(opens_at, now() - interval '1 millisecond'), updated_at = now(), version = version + 1
          WHERE id = ${id} AND version = ${expectedVersion}`;
}

/** Inserts the next wave of a survey's series as a draft copy of the survey, with new dates. */
export function insertWave(
  id: string,
  from: Pick<SurveyRow, 'id' | 'series_id'>,
  opensAt: Date,
  closesAt: Date,
): SqlFragment {
  return sql`INSERT INTO survey (id, series_id, wave, title, description, anonymous, min_answers, audience, audience_team_ids, audience_rep_ids, opens_at, closes_at)
         SELECT ${id}, series_id, (SELECT max(wave) + 1 FROM survey WHERE series_id = ${from.series_id}), title, description, anonymous, min_answers, audience,
                audience_team_ids, audience_rep_ids, ${opensAt}, ${closesAt}
           FROM survey WHERE id = ${from.id}`;
}

/** Gives a survey the tools of another. */
export function copySurveyTools(surveyId: string, fromSurveyId: string): SqlFragment {
  return sql`INSERT INTO survey_tool (survey_id, tool_id) SELECT ${surveyId}, tool_id FROM survey_tool WHERE survey_id = ${fromSurveyId}`;
}

/** Gives a survey copies of the questions of another. */
export function copyQuestions(surveyId: string, fromSurveyId: string): SqlFragment {
  return sql`INSERT INTO survey_question (id, survey_id, position, kind, prompt, required, options, tool_id, text_topic)
         SELECT gen_random_uuid(), ${surveyId}, position, kind, prompt, required, options, tool_id, text_topic FROM survey_question WHERE survey_id = ${fromSurveyId}`;
}

/** Inserts a survey's list of tools. */
export function insertSurveyTools(surveyId: string, toolIds: readonly string[]): SqlFragment {
  return sql`INSERT INTO survey_tool (survey_id, tool_id) SELECT ${surveyId}, unnest(${toolIds}::uuid[])`;
}

/** A question as written, at its position (from 1). */
export interface NewQuestion {
  position: number;
  kind: QuestionKindEnum;
  prompt: string;
  required: boolean;
  options: string[];
  toolId: string | null;
  textTopic: TextTopic | null;
}

/** Inserts a question of a survey. */
export function insertQuestion(surveyId: string, question: NewQuestion): SqlFragment {
  return sql`INSERT INTO survey_question (id, survey_id, position, kind, prompt, required, options, tool_id, text_topic)
         VALUES (gen_random_uuid(), ${surveyId}, ${question.position}, ${question.kind}, ${question.prompt}, ${question.required},
                 ${question.options}, ${question.toolId}, ${question.textTopic})`;
}

/** The questions of a survey, in order. */
export function surveyQuestions(surveyId: string): SqlFragment {
  return sql`SELECT * FROM survey_question WHERE survey_id = ${surveyId} ORDER BY position`;
}

/** The questions of these surveys, in order. */
export function questionsOfSurveys(surveyIds: readonly string[]): SqlFragment {
  return sql`SELECT * FROM survey_question WHERE survey_id = ANY(${surveyIds}) ORDER BY position`;
}

/** The tools of these surveys, by name. */
export function toolsOfSurveys(surveyIds: readonly string[]): SqlFragment {
  return sql`SELECT st.survey_id, t.id, t.name FROM survey_tool st JOIN sales_tool t ON t.id = st.tool_id WHERE st.survey_id = ANY(${surveyIds}) ORDER BY lower(t.name)`;
}

/** How many responses each of these surveys has (surveys without one have no row). */
export function responseCounts(surveyIds: readonly string[]): SqlFragment {
  return sql`SELECT survey_id, count(*) AS n FROM survey_response WHERE survey_id = ANY(${surveyIds}) GROUP BY survey_id`;
}

/** The responses of a respondent key to a survey, pair by pair, with whether the survey is anonymous. */
export function responsesByKey(surveyIds: readonly string[], respondentKeys: readonly string[]): SqlFragment {
  return sql`SELECT r.id, r.survey_id, s.anonymous FROM survey_response r JOIN survey s ON s.id = r.survey_id
        WHERE (r.survey_id, r.respondent_key) IN (SELECT * FROM unnest(${surveyIds}::uuid[], ${respondentKeys}::text[]))`;
}

/** The answers of these responses. */
export function answersOfResponses(responseIds: readonly string[]): SqlFragment {
  return sql`SELECT response_id, question_id, score, choices, text FROM survey_answer WHERE response_id = ANY(${responseIds})`;
}

/** Locks a survey until the transaction ends. */
export function lockSurveyRow(id: string): SqlFragment {
  return sql`SELECT 1 FROM survey WHERE id = ${id} FOR UPDATE`;
}

/** A response as stored: an anonymous one has no rep and no time of day. */
export interface NewResponse {
  surveyId: string;
  respondentKey: string;
  repId: string | null;
  teamId: string | null;
  teamPath: string[];
  submittedOn: string;
  submittedAt: Date | null;
}

/** Inserts a respondent's response or re-dates their earlier one; its id and whether it is new. */
export function upsertResponse(response: NewResponse): SqlFragment {
  return sql`INSERT INTO survey_response (id, survey_id, respondent_key, rep_id, team_id, team_path, submitted_on, submitted_at)
         VALUES (gen_random_uuid(), ${response.surveyId}, ${response.respondentKey}, ${response.repId}, ${response.teamId},
                 ${response.teamPath}, ${response.submittedOn}, ${response.submittedAt})
         ON CONFLICT (survey_id, respondent_key) DO UPDATE SET submitted_on = EXCLUDED.submitted_on, submitted_at = EXCLUDED.submitted_at
         RETURNING id, (xmax = 0) AS inserted`;
}

/** Deletes the answers of a response. */
export function deleteAnswers(responseId: string): SqlFragment {
  return sql`DELETE FROM survey_answer WHERE response_id = ${responseId}`;
}

/** Inserts a response's answers, one per question (`choices` as text[] literals, `''` for none). */
export function insertAnswers(
  responseId: string,
  answers: {
    questionIds: string[];
    scores: (number | null)[];
    choices: string[];
    texts: (string | null)[];
  },
): SqlFragment {
  return sql`INSERT INTO survey_answer (id, response_id, question_id, score, choices, text)
           SELECT gen_random_uuid(), ${responseId}, q, s, CASE WHEN c = '' THEN NULL ELSE c::text[] END, t
             FROM unnest(${answers.questionIds}::uuid[], ${answers.scores}::int[], ${answers.choices}::text[], ${answers.texts}::text[]) AS a(q, s, c, t)`;
}

/** How many responses a survey has. */
export function countSurveyResponses(surveyId: string): SqlFragment {
  return sql`SELECT count(*)::int AS n FROM survey_response WHERE survey_id = ${surveyId}`;
}

/** Stores the survey anonymity key unless one is stored already. */
export function insertAnonymityKey(value: string): SqlFragment {
  return sql`INSERT INTO app_secret (name, value) VALUES ('survey_anonymity_key', ${value}) ON CONFLICT (name) DO NOTHING`;
}

/** The stored survey anonymity key. */
export function anonymityKey(): SqlFragment {
  return sql`SELECT value FROM app_secret WHERE name = 'survey_anonymity_key'`;
}

/** Which of these ids are tools. */
export function toolsAmong(ids: readonly string[]): SqlFragment {
  return sql`SELECT id FROM sales_tool WHERE id = ANY(${ids})`;
}

/** Which of these ids are teams. */
export function teamsAmong(ids: readonly string[]): SqlFragment {
  return sql`SELECT id FROM team WHERE id = ANY(${ids})`;
}
