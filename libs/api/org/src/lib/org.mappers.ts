import { type RepDto } from './dtos/rep.dto';
import { type TeamDto } from './dtos/team.dto';
import { type UserDto } from './dtos/user.dto';
import { type RepEntity } from './rep.entity';
import { type TeamEntity } from './team.entity';
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

export const toUserDto = (user: UserEntity): UserDto => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  repId: user.repId,
});
