import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal, Role } from '@salesops/api/core';
import { DataSource, type EntityManager } from 'typeorm';

/** The teams a caller may see: all (admin), a manager's subtrees, or a rep's own team. */
export type TeamScope = { kind: 'all' } | { kind: 'teams'; teamIds: string[] };

/**
 * Object-level access for the org area. Computed once per request: the principal object lives
 * exactly as long as its request, so a WeakMap keyed by it is a request cache.
 */
@Injectable()
export class OrgScopeService {
  private readonly cache = new WeakMap<Principal, Promise<TeamScope>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  teamScope(principal: Principal): Promise<TeamScope> {
    let scope = this.cache.get(principal);
    if (!scope) {
      scope = this.computeTeamScope(principal);
      this.cache.set(principal, scope);
    }
    return scope;
  }

  /** Needs teamScope() to have run for this principal when called inside a transaction. */
  async canSeeTeam(principal: Principal, teamId: string): Promise<boolean> {
    const scope = await this.teamScope(principal);
    return scope.kind === 'all' || scope.teamIds.includes(teamId);
  }

  /** The team and every team below it. */
  subtreeIds(teamId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    return teamsBelow(manager, 'id = $1', teamId);
  }

  private async computeTeamScope(principal: Principal): Promise<TeamScope> {
    switch (principal.role) {
      case Role.ADMIN:
        return { kind: 'all' };
      case Role.MANAGER:
        // Every team the manager leads, and everything below those.
        return {
          kind: 'teams',
          teamIds: await teamsBelow(this.dataSource.manager, 'manager_id = $1', principal.userId),
        };
      case Role.REP: {
        const rows: { team_id: string }[] = principal.repId
          ? await this.dataSource.query('SELECT team_id FROM rep WHERE id = $1', [principal.repId])
          : [];
        return { kind: 'teams', teamIds: rows.map((row) => row.team_id) };
      }
    }
  }
}

/** The teams matching `start` and every team below them. */
async function teamsBelow(
  manager: EntityManager,
  start: 'id = $1' | 'manager_id = $1',
  value: string,
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE tree AS (
       SELECT id FROM team WHERE ${start}
       UNION SELECT t.id FROM team t JOIN tree ON t.parent_id = tree.id
     ) SELECT id FROM tree`,
    [value],
  );
  return rows.map((row) => row.id);
}
