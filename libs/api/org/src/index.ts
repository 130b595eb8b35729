export { ORG_ENTITIES } from './lib/org.entities';
export { OrgModule, ORG_RESOLVERS } from './lib/org.module';
export { UserService, MIN_PASSWORD_LENGTH, type NewUser } from './lib/user.service';
export { seedDemoOrg, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, DEMO_PASSWORD, DEMO_DOMAIN, type OrgSeedResult } from './lib/demo/seed-org';
