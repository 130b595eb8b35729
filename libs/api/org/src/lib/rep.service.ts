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
import { normalizeEmail, todayIsoDate } from '@salesops/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';

import { type RepsArgs, RepSortField } from './dtos/list.args';
import { type CreateRepInput, type MoveRepInput, type UpdateRepInput } from './dtos/rep.inputs';
import { OrgScopeService } from './org-scope.service';
import { PrincipalCache } from './principal-cache';
import { RepEntity } from './rep.entity';
import {
  REP_ID,
  REP_SORTS,
  repById,
  type RepListRow,
  type RepListScope,
  repsCount,
  type RepSelection,
  repsPage,
  type TeamColumns,
  unrevokedSessionsOfRep,
} from './rep.queries';
import { ERASED_EMAIL_DOMAIN } from './rep-erasure.service';
import { RepTeamMembershipEntity } from './rep-team-membership.entity';
import { SessionEntity } from './session.entity';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class RepService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly audit: AuditService,
    private readonly principals: PrincipalCache,
  ) {}

  /**
   * A page of the reps the caller may see, each row with the columns `selection` needs (every rep column
   * and no team by default).
   */
  async list(
    principal: Principal,
    args: RepsArgs,
    selection: RepSelection = { team: null },
  ): Promise<ConnectionResult<RepListRow & Partial<TeamColumns>>> {
    const filter = args.filter ?? {};
    const teamIds = !filter.teamId
      ? null
      : filter.includeSubteams === false
        ? [filter.teamId]
        : await this.scope.subtreeIds(filter.teamId);
    const scope: RepListScope = { principal, filter, teamIds, selection };
    const sort = args.sort ?? { field: RepSortField.NAME, direction: SortDirection.ASC };
    return paginateRows(
      this.dataSource,
      { ...REP_SORTS[sort.field], direction: sort.direction },
      REP_ID,
      args,
      {
        pageQuery: (clauses) => repsPage(scope, clauses),
        countQuery: repsCount(scope),
      },
    );
  }

  /**
   * One rep the caller may see, as the list reads it, in one statement: the columns `selection` needs, with
   * its team when the query selects it. Not found for a rep that does not exist and one out of sight alike.
   */
  async node(
    principal: Principal,
    id: string,
    selection: RepSelection,
  ): Promise<RepListRow & Partial<TeamColumns>> {
    const row = await repById(this.dataSource.manager, principal, id, selection);
    if (!row) throw AppError.notFound('Rep');
    return row;
  }

  async get(
    principal: Principal,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RepEntity> {
    await this.scope.teamScope(principal);
    const rep = await manager.findOneBy(RepEntity, { id });
    if (!rep || !(await this.canSee(principal, rep))) throw AppError.notFound('Rep');
    return rep;
  }

  async create(principal: Principal, input: CreateRepInput): Promise<RepEntity> {
    await this.scope.teamScope(principal);
    return inTransaction(this.dataSource, (manager) => this.createIn(manager, principal, input));
  }

  /**
   * Creates every rep or none, in one transaction: a rep that cannot be created refuses the batch, its
   * error naming `reps.<index>.<field>` (an email twice in the batch is refused like one already stored).
   */
  async createMany(principal: Principal, inputs: readonly CreateRepInput[]): Promise<RepEntity[]> {
    await this.scope.teamScope(principal);
    return inTransaction(this.dataSource, async (manager) => {
      const created: RepEntity[] = [];
      for (const [index, input] of inputs.entries()) {
        try {
          created.push(await this.createIn(manager, principal, input));
        } catch (error) {
          if (!(error instanceof AppError) || error.fieldErrors.length === 0) throw error;
          throw AppError.invalidFields(
            error.fieldErrors.map((fault) => ({ ...fault, field: `reps.${index}.${fault.field}` })),
          );
        }
      }
      return created;
    });
  }

  private async createIn(
    manager: EntityManager,
    principal: Principal,
    input: CreateRepInput,
  ): Promise<RepEntity> {
    await this.checkTeam(principal, manager, input.teamId);
    const email = normalizeEmail(input.email);
    await this.checkEmailFree(manager, email, null);
    const rep = manager.create(RepEntity, {
      id: randomUUID(),
      name: input.name,
      email,
      teamId: input.teamId,
      hireDate: input.hireDate ?? null,
    });
    await manager.insert(RepEntity, rep);
    await manager.insert(RepTeamMembershipEntity, {
      id: randomUUID(),
      repId: rep.id,
      teamId: rep.teamId,
      validFrom: input.hireDate ?? todayIsoDate(),
      validTo: null,
    });
    const created = await manager.findOneByOrFail(RepEntity, { id: rep.id });
    await this.audit.record(manager, {
      action: 'rep.create',
      entityType: 'rep',
      entityId: rep.id,
      summary: auditSummary('rep.create', { rep: created.name }),
      after: created,
    });
    return created;
  }

  async update(principal: Principal, input: UpdateRepInput): Promise<RepEntity> {
    await this.scope.teamScope(principal);
    return inTransaction(this.dataSource, async (manager) => {
      const rep = await this.get(principal, input.id, manager);
      const email = input.email === undefined ? rep.email : normalizeEmail(input.email);
      if (email !== rep.email) await this.checkEmailFree(manager, email, rep.id);
      await manager.update(
        RepEntity,
        { id: rep.id },
        {
          name: input.name ?? rep.name,
          email,
          hireDate: input.hireDate === undefined ? rep.hireDate : input.hireDate,
          updatedAt: () => 'now()',
          version: () => 'version + 1',
        },
      );
      const updated = await manager.findOneByOrFail(RepEntity, { id: rep.id });
      await this.audit.record(manager, {
        action: 'rep.update',
        entityType: 'rep',
        entityId: rep.id,
        summary: auditSummary('rep.update', { rep: updated.name }),
        before: rep,
        after: updated,
      });
      return updated;
    });
  }

  /** Moves a rep to another team from today on; the membership history keeps the old team's days. */
  async move(principal: Principal, input: MoveRepInput): Promise<RepEntity> {
    await this.scope.teamScope(principal);
    return inTransaction(this.dataSource, async (manager) => {
      const rep = await this.get(principal, input.repId, manager);
      if (rep.teamId === input.teamId) return rep;
      const team = await this.checkTeam(principal, manager, input.teamId);
      const today = todayIsoDate();
      const open = await manager.findOneBy(RepTeamMembershipEntity, { repId: rep.id, validTo: IsNull() });
      if (open && open.validFrom >= today) {
        // Moved again the same day: today belongs to the newest team only.
        await manager.update(RepTeamMembershipEntity, { id: open.id }, { teamId: input.teamId });
      } else {
        if (open) await manager.update(RepTeamMembershipEntity, { id: open.id }, { validTo: today });
        await manager.insert(RepTeamMembershipEntity, {
          id: randomUUID(),
          repId: rep.id,
          teamId: input.teamId,
          validFrom: today,
          validTo: null,
        });
      }
      await manager.update(
        RepEntity,
        { id: rep.id },
        { teamId: input.teamId, updatedAt: () => 'now()', version: () => 'version + 1' },
      );
      await this.audit.record(manager, {
        action: 'rep.move',
        entityType: 'rep',
        entityId: rep.id,
        summary: auditSummary('rep.move', { rep: rep.name, team, from: today }),
        before: { teamId: rep.teamId },
        after: { teamId: input.teamId, from: today },
      });
      return manager.findOneByOrFail(RepEntity, { id: rep.id });
    });
  }

  /** Deactivating also stops the rep's sign-in and ends their sessions; nothing is deleted. */
  async setActive(principal: Principal, id: string, active: boolean): Promise<RepEntity> {
    await this.scope.teamScope(principal);
    const saved = await inTransaction(this.dataSource, async (manager) => {
      const rep = await this.get(principal, id, manager);
      if (rep.active === active) return rep;
      if (active && rep.email.endsWith(`@${ERASED_EMAIL_DOMAIN}`))
        throw AppError.badInput('id', 'is an erased former rep: add them again as a new rep');
      if (active) {
        // FOR SHARE: archiveTeam (FOR UPDATE on the team) cannot archive it under a rep coming back.
        const team = await manager.findOne(TeamEntity, {
          where: { id: rep.teamId },
          lock: { mode: 'pessimistic_read' },
        });
        if (team?.archivedAt)
          throw AppError.badInput(
            'id',
            `is in the archived team ${team.name}: bring the team back or move the rep to another team first`,
          );
      }
      await manager.update(
        RepEntity,
        { id },
        { active, updatedAt: () => 'now()', version: () => 'version + 1' },
      );
      await manager.update(UserEntity, { repId: id }, { active, updatedAt: () => 'now()' });
      if (!active) {
        const sessions = unrevokedSessionsOfRep(id).toNamed('sessions');
        await manager
          .createQueryBuilder()
          .update(SessionEntity)
          .set({ revokedAt: () => 'now()' })
          .where(sessions.text, sessions.params)
          .execute();
      }
      await this.audit.record(manager, {
        action: active ? 'rep.reactivate' : 'rep.deactivate',
        entityType: 'rep',
        entityId: id,
        summary: auditSummary(active ? 'rep.reactivate' : 'rep.deactivate', { rep: rep.name }),
        before: { active: rep.active },
        after: { active },
      });
      return manager.findOneByOrFail(RepEntity, { id });
    });
    // After the commit, so a lookup on this process cannot find the ended sessions again (PrincipalCache).
    if (!active) this.principals.forgetRep(id);
    return saved;
  }

  private async canSee(principal: Principal, rep: RepEntity): Promise<boolean> {
    if (principal.role === Role.REP) return principal.repId === rep.id;
    return this.scope.canSeeTeam(principal, rep.teamId);
  }

  /** The team's name, when it exists and the principal manages it. */
  private async checkTeam(principal: Principal, manager: EntityManager, teamId: string): Promise<string> {
    const team = await manager.findOne(TeamEntity, {
      where: { id: teamId },
      select: { id: true, name: true, archivedAt: true },
    });
    if (!team || !(await this.scope.canSeeTeam(principal, teamId))) {
      throw AppError.badInput('teamId', 'is not a team you can manage');
    }
    if (team.archivedAt) throw AppError.badInput('teamId', 'is an archived team: bring it back first');
    return team.name;
  }

  private async checkEmailFree(
    manager: EntityManager,
    email: string,
    exceptId: string | null,
  ): Promise<void> {
    const clash = await manager
      .createQueryBuilder(RepEntity, 'rep')
      .where('lower(rep.email) = :email', { email })
      .andWhere(exceptId ? 'rep.id <> :exceptId' : 'TRUE', { exceptId })
      .getExists();
    if (clash) throw AppError.badInput('email', 'is already used by another rep');
  }
}
