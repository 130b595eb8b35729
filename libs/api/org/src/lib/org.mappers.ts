import { withPreloaded } from '@salesops/api/core';

import { type RepDto } from './dtos/rep.dto';
import { type TeamDto } from './dtos/team.dto';
import { type UserDto } from './dtos/user.dto';
import { type RepEntity } from './rep.entity';
import { type RepListRow, type TeamColumns } from './rep.queries';
import { type TeamEntity } from './team.entity';
import { type TeamListRow } from './team.queries';
import { type UserEntity } from './user.entity';

// Entities never leave the service layer as they are: each API type lists its fields on purpose.

export const toTeamDto = (team: TeamEntity): TeamDto => ({
  id: team.id,
  name: team.name,
  parentId: team.parentId,
  managerId: team.managerId,
  archivedAt: team.archivedAt,
  createdAt: team.createdAt,
  updatedAt: team.updatedAt,
});

export const toTeamListDto = (row: TeamListRow): TeamDto => ({
  id: row.id,
  name: row.name,
  parentId: row.parent_id,
  managerId: row.manager_id,
  archivedAt: row.archived_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toRepDto = (rep: RepEntity): RepDto => ({
  id: rep.id,
  name: rep.name,
  email: rep.email,
  teamId: rep.teamId,
  hireDate: rep.hireDate,
  active: rep.active,
  createdAt: rep.createdAt,
  updatedAt: rep.updatedAt,
});

/**
 * A rep as the reps list and `rep` read it: only the fields the query selects (`RepSelection`) are there,
 * and its team is preloaded (`withPreloaded`) when the statement read it too.
 */
export type RepNode = Pick<RepDto, 'id' | 'teamId'> & Partial<RepDto>;

export const toRepNode = (row: RepListRow & Partial<TeamColumns>): RepNode => {
  const rep: RepNode = {
    id: row.id,
    name: row.name,
    email: row.email,
    teamId: row.team_id,
    hireDate: row.hire_date,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  // Without the join (or without the team) the field resolver loads it.
  if (!row.team_row_id) return rep;
  const team: Pick<TeamDto, 'id'> & Partial<TeamDto> = {
    id: row.team_row_id,
    name: row.team_name,
    parentId: row.team_parent_id,
    managerId: row.team_manager_id,
    archivedAt: row.team_archived_at,
    createdAt: row.team_created_at,
    updatedAt: row.team_updated_at,
  };
  return withPreloaded(rep, { team });
};

export const toUserDto = (user: UserEntity): UserDto => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  repId: user.repId,
});
