import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  auditSummary,
  type ConnectionResult,
  inTransaction,
  paginateRows,
  type Principal,
  Role,
  SortDirection,
} from '@salesops/api/core';
import { DataSource, type EntityManager } from 'typeorm';

import { type TeamsArgs, TeamSortField } from './dtos/list.args';
import { type CreateTeamInput, type UpdateTeamInput } from './dtos/team.inputs';
import { OrgScopeService } from './org-scope.service';
import { TeamEntity } from './team.entity';
import { TEAM_ID, TEAM_SORTS, type TeamListRow, teamsCount, teamsPage } from './team.queries';
import { UserEntity } from './user.entity';

@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, args: TeamsArgs): Promise<ConnectionResult<TeamListRow>> {
    const filter = args.filter ?? {};
    const sort = args.sort ?? { field: TeamSortField.NAME, direction: SortDirection.ASC };
    return paginateRows(
      this.dataSource,
      { ...TEAM_SORTS[sort.field], direction: sort.direction },
      TEAM_ID,
      args,
      {
        pageQuery: (clauses) => teamsPage(principal, filter, clauses),
        countQuery: teamsCount(principal, filter),
      },
    );
  }

  async get(
    principal: Principal,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamEntity> {
    await this.scope.teamScope(principal);
    const team = await manager.findOneBy(TeamEntity, { id });
    // Invisible and missing look the same, so ids cannot be probed.
    if (!team || !(await this.scope.canSeeTeam(principal, id))) throw AppError.notFound('Team');
    return team;
  }

  async create(principal: Principal, input: CreateTeamInput): Promise<TeamEntity> {
    // Resolve the caller's scope before the transaction: the embedded database has one connection.
    await this.scope.teamScope(principal);
    return inTransaction(this.dataSource, async (manager) => {
      const parentId = input.parentId ?? null;
      await this.checkParent(principal, manager, parentId);
      if (input.managerId) {
        if (principal.role !== Role.ADMIN) throw AppError.forbidden('Only admins assign team managers');
        await this.checkManager(manager, input.managerId);
      }
      await this.checkNameFree(manager, parentId, input.name, null);
      const team = manager.create(TeamEntity, {
        id: randomUUID(),
        name: input.name,
        parentId,
        managerId: input.managerId ?? null,
      });
      await manager.insert(TeamEntity, team);
      const created = await manager.findOneByOrFail(TeamEntity, { id: team.id });
      await this.audit.record(manager, {
        action: 'team.create',
        entityType: 'team',
        entityId: team.id,
        summary: auditSummary('team.create', { team: created.name }),
        after: created,
      });
      return created;
    });
  }

  async update(principal: Principal, input: UpdateTeamInput): Promise<TeamEntity> {
    await this.scope.teamScope(principal);
    return inTransaction(this.dataSource, async (manager) => {
      const team = await this.get(principal, input.id, manager);
      const parentId = input.parentId === undefined ? team.parentId : input.parentId;
      if (parentId !== team.parentId) {
        await this.checkParent(principal, manager, parentId);
        if (parentId && (await this.scope.subtreeIds(team.id, manager)).includes(parentId)) {
          throw AppError.badInput('parentId', 'would put the team inside itself');
        }
      }
      if (input.managerId !== undefined && input.managerId !== team.managerId) {
        if (principal.role !== Role.ADMIN) throw AppError.forbidden('Only admins assign team managers');
        if (input.managerId) await this.checkManager(manager, input.managerId);
      }
      const name = input.name ?? team.name;
      if (name !== team.name || parentId !== team.parentId)
        await this.checkNameFree(manager, parentId, name, team.id);
      await manager.update(
        TeamEntity,
        { id: team.id },
        {
          name,
          parentId,
          managerId: input.managerId === undefined ? team.managerId : input.managerId,
          updatedAt: () => 'now()',
          version: () => 'version + 1',
        },
      );
      const updated = await manager.findOneByOrFail(TeamEntity, { id: team.id });
      await this.audit.record(manager, {
        action: 'team.update',
        entityType: 'team',
        entityId: team.id,
        summary: auditSummary('team.update', { team: updated.name }),
        before: team,
        after: updated,
      });
      return updated;
    });
  }

  private async checkParent(
    principal: Principal,
    manager: EntityManager,
    parentId: string | null,
  ): Promise<void> {
    if (parentId === null) {
      if (principal.role !== Role.ADMIN)
        throw AppError.badInput('parentId', 'is required: create teams inside your own');
      return;
    }
    const parent = await manager.findOneBy(TeamEntity, { id: parentId });
    if (!parent || !(await this.scope.canSeeTeam(principal, parentId))) {
      throw AppError.badInput('parentId', 'is not a team you can manage');
    }
    if (parent.archivedAt) throw AppError.badInput('parentId', 'is an archived team: bring it back first');
  }

  private async checkManager(manager: EntityManager, managerId: string): Promise<void> {
    const user = await manager.findOneBy(UserEntity, { id: managerId });
    if (!user || user.role !== Role.MANAGER || !user.active) {
      throw AppError.badInput('managerId', 'must be an active user with the MANAGER role');
    }
  }

  private async checkNameFree(
    manager: EntityManager,
    parentId: string | null,
    name: string,
    exceptId: string | null,
  ) {
    const clash = await manager
      .createQueryBuilder(TeamEntity, 'team')
      .where('lower(team.name) = lower(:name)', { name })
      .andWhere(parentId ? 'team.parent_id = :parentId' : 'team.parent_id IS NULL', { parentId })
      .andWhere(exceptId ? 'team.id <> :exceptId' : 'TRUE', { exceptId })
      .getExists();
    if (clash) throw AppError.badInput('name', 'is already used by another team at this level');
  }
}
