import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal, Role } from '@salesops/api/core';
import { DataSource, type EntityManager } from 'typeorm';

import { teamOfRep, teamsLedBy, teamSubtreeIds } from './org-scope.queries';

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
    return teamSubtreeIds(manager, teamId);
  }

  private async computeTeamScope(principal: Principal): Promise<TeamScope> {
    switch (principal.role) {
      case Role.ADMIN:
        return { kind: 'all' };
      case Role.MANAGER:
        // Every team the manager leads, and everything below those.
        return {
          kind: 'teams',
          teamIds: await teamsLedBy(this.dataSource.manager, principal.userId),
        };
      case Role.REP: {
        const rows = principal.repId ? await teamOfRep(this.dataSource, principal.repId) : [];
        return { kind: 'teams', teamIds: rows.map((row) => row.team_id) };
      }
    }
  }
}
