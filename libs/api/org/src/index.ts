export { ORG_ENTITIES } from './lib/org.entities';
export { RepEntity } from './lib/rep.entity';
export { TeamEntity } from './lib/team.entity';
export { UserEntity } from './lib/user.entity';
export { OrgModule, ORG_RESOLVERS } from './lib/org.module';
export { UserService, MIN_PASSWORD_LENGTH, type NewUser } from './lib/user.service';
export { OrgScopeService, type TeamScope } from './lib/org-scope.service';
export {
  seedDemoOrg,
  DEMO_ADMIN_EMAIL,
  DEMO_ADMIN_PASSWORD,
  DEMO_PASSWORD,
  DEMO_DOMAIN,
  type DemoPasswords,
  type OrgSeedResult,
  WELL_KNOWN_DEMO_PASSWORDS,
} from './lib/demo/seed-org';
export { repVisibleTo, teamVisibleTo } from './lib/visibility.queries';
export { dealsOfSubject, subtreeOf, type SubjectFilter } from './lib/membership.queries';
