import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, auditSummary, inTransaction } from '@salesops/api/core';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Deleting what was made by mistake: a draft survey, or a tool nobody has answered a survey about. What
 * people answered is history: a published survey is closed, a tool retired, never deleted.
 */
@Injectable()
export class ToolDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Deletes a draft survey (never published, so it has no answers) with its questions. */
  async deleteSurvey(id: string): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const [survey]: { title: string; published_at: Date | null }[] = await manager.query(
        'SELECT title, published_at FROM survey WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!survey) throw AppError.notFound('Survey');
      if (survey.published_at)
        throw AppError.badInput('id', 'is a published survey: close it instead (its answers are kept)');
      await manager.query('DELETE FROM survey WHERE id = $1', [id]);
      await this.audit.record(manager, {
        action: 'survey.delete',
        entityType: 'survey',
        entityId: id,
        summary: auditSummary('survey.delete', { title: survey.title }),
        before: { title: survey.title },
      });
      return true;
    });
  }

  /**
   * Deletes a tool with its seats and the drafts about it alone (a draft about other tools too only loses
   * this one). Refused while a published survey is about it: retire the tool instead.
   */
  async deleteTool(id: string): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const [tool]: { name: string }[] = await manager.query(
        'SELECT name FROM sales_tool WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!tool) throw AppError.notFound('Sales tool');
      const published = await surveysAbout(manager, id, 'published_at IS NOT NULL');
      if (published.length > 0) {
        const [{ answered }]: { answered: number }[] = await manager.query(
          'SELECT count(*)::int AS answered FROM survey_response WHERE survey_id = ANY($1::uuid[])',
          [published],
        );
        const why = answered > 0 ? `has surveys with ${answered} answers` : 'is in a published survey';
        throw AppError.badInput(
          'id',
          `${why}: retire it instead (set its status to RETIRED), so its history stays`,
        );
      }
      const drafts = await surveysAbout(manager, id, 'published_at IS NULL');
      // A draft about other tools too keeps them: only this tool leaves it.
      const [{ shared }]: { shared: string[] }[] = await manager.query(
        `SELECT coalesce(array_agg(DISTINCT survey_id), '{}') AS shared FROM survey_tool WHERE survey_id = ANY($1::uuid[]) AND tool_id <> $2`,
        [drafts, id],
      );
      const alone = drafts.filter((survey) => !shared.includes(survey));
      await manager.query('DELETE FROM survey WHERE id = ANY($1::uuid[])', [alone]);
      await manager.query('DELETE FROM survey_tool WHERE tool_id = $1', [id]);
      await manager.query('UPDATE survey_question SET tool_id = NULL WHERE tool_id = $1', [id]);
      // TypeORM answers a DELETE with [rows, affected count].
      const [, seats]: [unknown[], number] = await manager.query('DELETE FROM tool_seat WHERE tool_id = $1', [
        id,
      ]);
      await manager.query('DELETE FROM sales_tool WHERE id = $1', [id]);
      await this.audit.record(manager, {
        action: 'tool.delete',
        entityType: 'sales_tool',
        entityId: id,
        summary: auditSummary('tool.delete', { tool: tool.name, seats, drafts: alone.length }),
        before: { name: tool.name, seats, deletedDrafts: alone, draftsKept: shared },
      });
      return true;
    });
  }
}

/** The surveys about a tool (as one of its tools or in a question), in a given state. */
async function surveysAbout(
  manager: EntityManager,
  toolId: string,
  state: 'published_at IS NULL' | 'published_at IS NOT NULL',
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT s.id FROM survey s
      WHERE s.${state}
        AND (EXISTS (SELECT 1 FROM survey_tool st WHERE st.survey_id = s.id AND st.tool_id = $1)
          OR EXISTS (SELECT 1 FROM survey_question q WHERE q.survey_id = s.id AND q.tool_id = $1))
      FOR UPDATE OF s`,
    [toolId],
  );
  return rows.map((row) => row.id);
}
