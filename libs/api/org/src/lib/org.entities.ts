import { ApiKeyEntity } from './api-key.entity';
import { RepEntity } from './rep.entity';
import { RepTeamMembershipEntity } from './rep-team-membership.entity';
import { SessionEntity } from './session.entity';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

export const ORG_ENTITIES = [
  TeamEntity,
  UserEntity,
  RepEntity,
  RepTeamMembershipEntity,
  SessionEntity,
  ApiKeyEntity,
];
