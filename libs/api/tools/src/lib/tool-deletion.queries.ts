import { sql, type SqlFragment } from '@salesops/api/core';

/** A survey's title and publication, locked until the transaction ends. */
export function lockSurvey(id: string): SqlFragment {
  return sql`SELECT title, published_at FROM survey WHERE id = ${id} FOR UPDATE`;
}

/** Deletes a survey (its questions and tools go with it). */
export function deleteSurvey(id: string): SqlFragment {
  return sql`DELETE FROM survey WHERE id = ${id}`;
}

/** A tool's name, the tool locked until the transaction ends. */
export function lockTool(id: string): SqlFragment {
  return sql`SELECT name FROM sales_tool WHERE id = ${id} FOR UPDATE`;
}

/** The published (or draft) surveys about a tool, as one of its tools or in a question, locked. */
export function lockSurveysAbout(toolId: string, published: boolean): SqlFragment {
  const state = published ? sql`s.published_at IS NOT NULL` : sql`s.published_at IS NULL`;
  return sql`SELECT s.id FROM survey s
      WHERE ${state}
        AND (EXISTS (SELECT 1 FROM survey_tool st WHERE st.survey_id = s.id AND st.tool_id = ${toolId})
          OR EXISTS (SELECT 1 FROM survey_question q WHERE q.survey_id = s.id AND q.tool_id = ${toolId}))
      FOR UPDATE OF s`;
}

/** How many responses these surveys have together. */
export function countResponses(surveyIds: readonly string[]): SqlFragment {
  return sql`SELECT count(*)::int AS answered FROM survey_response WHERE survey_id = ANY(${surveyIds}::uuid[])`;
}

/** Those of these surveys that are about another tool too, as one array. */
export function surveysAboutOtherTools(surveyIds: readonly string[], toolId: string): SqlFragment {
  return sql`SELECT coalesce(array_agg(DISTINCT survey_id), '{}') AS shared FROM survey_tool WHERE survey_id = ANY(${surveyIds}::uuid[]) AND tool_id <> ${toolId}`;
}

/** Deletes these surveys. */
export function deleteSurveys(ids: readonly string[]): SqlFragment {
  return sql`DELETE FROM survey WHERE id = ANY(${ids}::uuid[])`;
}

/** Takes a tool off every survey's list of tools. */
export function deleteToolFromSurveys(toolId: string): SqlFragment {
  return sql`DELETE FROM survey_tool WHERE tool_id = ${toolId}`;
}

/** Makes every question about a tool about no tool. */
export function detachToolFromQuestions(toolId: string): SqlFragment {
  return sql`UPDATE survey_question SET tool_id = NULL WHERE tool_id = ${toolId}`;
}

/** Deletes every seat on a tool, ended or not. */
export function deleteToolSeats(toolId: string): SqlFragment {
  return sql`DELETE FROM tool_seat WHERE tool_id = ${toolId}`;
}

/** Deletes a tool. */
export function deleteTool(id: string): SqlFragment {
  return sql`DELETE FROM sales_tool WHERE id = ${id}`;
}
