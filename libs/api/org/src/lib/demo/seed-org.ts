import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Role } from '@salesops/api/core';
import { emailFromName, parseCsvRecords } from '@salesops/domain';
import { type DataSource } from 'typeorm';

import { hashPassword } from '../password';
import { RepEntity } from '../rep.entity';
import { RepTeamMembershipEntity } from '../rep-team-membership.entity';
import { TeamEntity } from '../team.entity';
import { UserEntity } from '../user.entity';

export const DEMO_DOMAIN = 'salesops.demo';
export const DEMO_ADMIN_EMAIL = `admin@${DEMO_DOMAIN}`;
export const DEMO_ADMIN_PASSWORD = 'demo-admin';
export const DEMO_PASSWORD = 'demo-pass';
/** The data set's pipeline starts in October 2016; memberships start there so history counts. */
const DEMO_MEMBERSHIP_START = '2016-10-01';

/** The passwords of the demo logins: the admin's, and every manager's and rep's. */
export interface DemoPasswords {
  admin: string;
  others: string;
}

/** The passwords the README gives: only for a database started as a demo (the embedded one, or when asked). */
export const WELL_KNOWN_DEMO_PASSWORDS: DemoPasswords = { admin: DEMO_ADMIN_PASSWORD, others: DEMO_PASSWORD };

export interface OrgSeedResult {
  regions: number;
  teams: number;
  managers: number;
  reps: number;
}

/**
 * Loads the org of the CRM data set (sales_teams.csv): regional offices as top-level teams,
 * each manager's team below its office, the agents as reps with logins. One transaction.
 */
export async function seedDemoOrg(
  dataSource: DataSource,
  dataDir: string,
  passwords: DemoPasswords = WELL_KNOWN_DEMO_PASSWORDS,
): Promise<OrgSeedResult> {
  const rows = parseCsvRecords(readFileSync(join(dataDir, 'sales_teams.csv'), 'utf8'));
  const [adminHash, demoHash] = await Promise.all([
    hashPassword(passwords.admin),
    hashPassword(passwords.others),
  ]);
  return dataSource.transaction(async (manager) => {
    if (await manager.exists(UserEntity))
      throw new Error('The database already has users: the demo org is loaded only into an empty one.');
    await manager.insert(UserEntity, user('Sales Ops Admin', DEMO_ADMIN_EMAIL, Role.ADMIN, adminHash, null));
    const regions = new Map<string, string>();
    const managerTeams = new Map<string, string>();
    for (const row of rows) {
      const office = row['regional_office'].trim();
      const managerName = row['manager'].trim();
      const agent = row['sales_agent'].trim();
      if (!regions.has(office)) {
        const id = randomUUID();
        await manager.insert(TeamEntity, { id, name: office, parentId: null, managerId: null });
        regions.set(office, id);
      }
      if (!managerTeams.has(managerName)) {
        const managerUser = user(
          managerName,
          emailFromName(managerName, DEMO_DOMAIN),
          Role.MANAGER,
          demoHash,
          null,
        );
        await manager.insert(UserEntity, managerUser);
        const id = randomUUID();
        await manager.insert(TeamEntity, {
          id,
          name: `${managerName}'s team`,
          parentId: regions.get(office) ?? null,
          managerId: managerUser.id,
        });
        managerTeams.set(managerName, id);
      }
      const teamId = managerTeams.get(managerName) as string;
      const repId = randomUUID();
      const email = emailFromName(agent, DEMO_DOMAIN);
      await manager.insert(RepEntity, {
        id: repId,
        name: agent,
        email,
        teamId,
        hireDate: null,
        active: true,
      });
      await manager.insert(RepTeamMembershipEntity, {
        id: randomUUID(),
        repId,
        teamId,
        validFrom: DEMO_MEMBERSHIP_START,
        validTo: null,
      });
      await manager.insert(UserEntity, user(agent, email, Role.REP, demoHash, repId));
    }
    return {
      regions: regions.size,
      teams: managerTeams.size,
      managers: managerTeams.size,
      reps: rows.length,
    };
  });
}

function user(
  name: string,
  email: string,
  role: Role,
  passwordHash: string,
  repId: string | null,
): UserEntity {
  return Object.assign(new UserEntity(), {
    id: randomUUID(),
    name,
    email,
    role,
    passwordHash,
    repId,
    active: true,
  });
}
