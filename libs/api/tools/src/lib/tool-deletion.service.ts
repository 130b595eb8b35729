import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, auditSummary, inTransaction, runSql } from '@salesops/api/core';
import { DataSource, type EntityManager } from 'typeorm';

import { changedRows } from './tool.queries';
import {
  countResponses,
  deleteSurvey,
  deleteSurveys,
  deleteTool,
  deleteToolFromSurveys,
  deleteToolSeats,
  detachToolFromQuestions,
  lockSurvey,
  lockSurveysAbout,
  lockTool,
  surveysAboutOtherTools,
} from './tool-deletion.queries';

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
      const [survey] = await runSql<{ title: string; published_at: Date | null }>(manager, lockSurvey(id));
      if (!survey) throw AppError.notFound('Survey');
      if (survey.published_at)
        throw AppError.badInput('id', 'is a published survey: close it instead (its answers are kept)');
      await runSql(manager, deleteSurvey(id));
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
      const [tool] = await runSql<{ name: string }>(manager, lockTool(id));
      if (!tool) throw AppError.notFound('Sales tool');
      const published = await surveysAbout(manager, id, true);
      if (published.length > 0) {
        const [{ answered }] = await runSql<{ answered: number }>(manager, countResponses(published));
        const why = answered > 0 ? `has surveys with ${answered} answers` : 'is in a published survey';
        throw AppError.badInput(
          'id',
          `${why}: retire it instead (set its status to RETIRED), so its history stays`,
        );
      }
      const drafts = await surveysAbout(manager, id, false);
      // A draft about other tools too keeps them: only this tool leaves it.
      const [{ shared }] = await runSql<{ shared: string[] }>(manager, surveysAboutOtherTools(drafts, id));
      const alone = drafts.filter((survey) => !shared.includes(survey));
      await runSql(manager, deleteSurveys(alone));
      await runSql(manager, deleteToolFromSurveys(id));
      await runSql(manager, detachToolFromQuestions(id));
      const seats = await changedRows(manager, deleteToolSeats(id));
      await runSql(manager, deleteTool(id));
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

/** The surveys about a tool (as one of its tools or in a question), published or drafts, locked. */
async function surveysAbout(manager: EntityManager, toolId: string, published: boolean): Promise<string[]> {
  const rows = await runSql<{ id: string }>(manager, lockSurveysAbout(toolId, published));
  return rows.map((row) => row.id);
}
