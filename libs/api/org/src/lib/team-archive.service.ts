import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, auditSummary, inTransaction } from '@salesops/api/core';
import { DataSource } from 'typeorm';

import { TeamEntity } from './team.entity';
import { activeRepsOfTeamForShare, liveChildTeamsForShare, teamForShare } from './team-archive.queries';

/**
 * Archiving a team that is no longer used: it leaves pickers and lists, its history and figures stay.
 * Only an empty leaf can go (no active reps, no live team below), so nothing current hangs off it.
 */
@Injectable()
export class TeamArchiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async archive(id: string): Promise<TeamEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const team = await manager.findOne(TeamEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!team) throw AppError.notFound('Team');
      if (team.archivedAt) throw AppError.conflict('This team is archived already', 'id');
      // FOR SHARE: a rep cannot join, nor a team be created below, while this decides.
      const reps = await activeRepsOfTeamForShare(manager, id);
      if (reps > 0)
        throw AppError.badInput('id', `still has ${reps} active reps: move or deactivate them first`);
      const teams = await liveChildTeamsForShare(manager, id);
      if (teams > 0)
        throw AppError.badInput(
          'id',
          `still has ${teams} teams below it that are not archived: archive or move them first`,
        );
      await manager.update(
        TeamEntity,
        { id },
        { archivedAt: () => 'now()', updatedAt: () => 'now()', version: () => 'version + 1' },
      );
      await this.audit.record(manager, {
        action: 'team.archive',
        entityType: 'team',
        entityId: id,
        summary: auditSummary('team.archive', { team: team.name }),
        before: { archivedAt: null },
      });
      return manager.findOneByOrFail(TeamEntity, { id });
    });
  }

  async unarchive(id: string): Promise<TeamEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const team = await manager.findOne(TeamEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!team) throw AppError.notFound('Team');
      if (!team.archivedAt) throw AppError.conflict('This team is not archived', 'id');
      if (team.parentId) {
        const [parent] = await teamForShare(manager, team.parentId);
        if (parent?.archived_at)
          throw AppError.badInput(
            'id',
            `is below ${parent.name}, which is archived: bring that team back first`,
          );
      }
      await manager.update(
        TeamEntity,
        { id },
        { archivedAt: null, updatedAt: () => 'now()', version: () => 'version + 1' },
      );
      await this.audit.record(manager, {
        action: 'team.unarchive',
        entityType: 'team',
        entityId: id,
        summary: auditSummary('team.unarchive', { team: team.name }),
        before: { archivedAt: team.archivedAt },
      });
      return manager.findOneByOrFail(TeamEntity, { id });
    });
  }
}
