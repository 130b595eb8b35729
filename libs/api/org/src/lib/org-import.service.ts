import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, auditSummary, inTransaction, Role } from '@salesops/api/core';
import {
  EMAIL_MAX_LENGTH,
  emailFromName,
  isValidEmail,
  normalizeEmail,
  todayIsoDate,
} from '@salesops/domain';
import { DataSource, type EntityManager, In } from 'typeorm';

import { type ImportOrgInput, type OrgImportResultDto, type OrgRowInput } from './dtos/org-import.dto';
import { earliestDealDate } from './org-import.queries';
import { RepEntity } from './rep.entity';
import { RepTeamMembershipEntity } from './rep-team-membership.entity';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

/** The longest name of a rep, team or manager (their columns' widths). */
const NAME_MAX = 120;

/** A dry run is undone by throwing this out of its transaction. */
class DryRunDone extends Error {
  constructor(readonly result: OrgImportResultDto) {
    super('dry run');
  }
}

/** A row checked: what it names, cleaned, or every reason it cannot be stored. */
interface CheckedRow {
  line: number;
  rep: string;
  email: string;
  manager: string | null;
  managerEmail: string | null;
  team: string;
  region: string | null;
}

/**
 * Brings a team's org in from a file's rows: regions as top-level teams, each team below its region,
 * managers as logins without a password (they set one through an admin), reps with their membership
 * from one day, so past deals count for their teams. Idempotent: teams are matched by name under their
 * parent, people by email; a rep already in the row's team is left as is. A rep stored in another team
 * is refused (moves have a date: the rep's page). All rows in one transaction; refused rows are listed.
 */
@Injectable()
export class OrgImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importOrg(input: ImportOrgInput): Promise<OrgImportResultDto> {
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const result = await this.apply(manager, input);
        if (input.dryRun) throw new DryRunDone(result);
        return result;
      });
    } catch (error) {
      if (error instanceof DryRunDone) return error.result;
      throw error;
    }
  }

  private async apply(manager: EntityManager, input: ImportOrgInput): Promise<OrgImportResultDto> {
    const membershipFrom = input.membershipFrom ?? (await earliestDealDate(manager)) ?? todayIsoDate();
    const refused: { line: number; reasons: string[] }[] = [];
    const seen = new Map<string, number>();
    const rows: CheckedRow[] = [];
    for (const [index, row] of input.rows.entries()) {
      const line = row.line ?? index + 2;
      const checked = checkRow(row, line, input.emailDomain ?? null);
      const first = 'reasons' in checked ? undefined : seen.get(checked.email);
      if ('reasons' in checked) refused.push({ line, reasons: checked.reasons });
      else if (first !== undefined)
        refused.push({ line, reasons: [`${checked.email} already appeared on line ${first}`] });
      else {
        seen.set(checked.email, line);
        rows.push(checked);
      }
    }

    const teams = await manager.find(TeamEntity);
    const teamKey = (parentId: string | null, name: string) => `${parentId ?? ''}/${name.toLowerCase()}`;
    const teamByKey = new Map(teams.map((team) => [teamKey(team.parentId, team.name), team]));
    const teamName = new Map(teams.map((team) => [team.id, team.name]));
    const emails = [...new Set(rows.flatMap((row) => [row.email, row.managerEmail ?? []].flat()))];
    const users = new Map(
      (emails.length ? await manager.findBy(UserEntity, { email: In(emails) }) : []).map((user) => [
        user.email,
        user,
      ]),
    );
    const reps = new Map(
      (rows.length ? await manager.findBy(RepEntity, { email: In(rows.map((row) => row.email)) }) : []).map(
        (rep) => [rep.email, rep],
      ),
    );
    const counts = { teamsCreated: 0, managersCreated: 0, repsCreated: 0, repsUnchanged: 0 };

    /** The team of that name under that parent: found (its manager set when it has none) or created. */
    const ensureTeam = async (name: string, parentId: string | null, managerId: string | null) => {
      const found = teamByKey.get(teamKey(parentId, name));
      if (found) {
        if (managerId && !found.managerId) {
          await manager.update(TeamEntity, { id: found.id }, { managerId });
          found.managerId = managerId;
        }
        return found;
      }
      const team = manager.create(TeamEntity, { id: randomUUID(), name, parentId, managerId });
      await manager.insert(TeamEntity, team);
      teamByKey.set(teamKey(parentId, name), team);
      teamName.set(team.id, name);
      counts.teamsCreated++;
      return team;
    };

    for (const row of rows) {
      // What the row finds stored decides first: a refused row creates nothing.
      const regionFound = row.region ? teamByKey.get(teamKey(null, row.region)) : undefined;
      const teamFound =
        row.region && !regionFound ? undefined : teamByKey.get(teamKey(regionFound?.id ?? null, row.team));
      const rep = reps.get(row.email);
      const refuse = (reason: string) => refused.push({ line: row.line, reasons: [reason] });
      if (rep && rep.teamId === teamFound?.id) {
        counts.repsUnchanged++;
        continue;
      }
      if (rep) {
        refuse(
          `${row.email} is already in team ${teamName.get(rep.teamId) ?? rep.teamId}: move them on their page, with the day`,
        );
        continue;
      }
      if (users.has(row.email)) {
        refuse(`${row.email} is already the login of ${users.get(row.email)?.name}`);
        continue;
      }
      const archived = [regionFound, teamFound].find((team) => team?.archivedAt);
      if (archived) {
        refuse(`team ${archived.name} is archived: bring it back first`);
        continue;
      }
      const managerLogin = row.managerEmail ? users.get(row.managerEmail) : undefined;
      // A team's manager is an active MANAGER login, as createTeam requires.
      if (managerLogin && (managerLogin.role !== Role.MANAGER || !managerLogin.active)) {
        refuse(`manager ${row.managerEmail} is not an active manager login`);
        continue;
      }

      let managerId = managerLogin?.id ?? null;
      if (row.manager && row.managerEmail && !managerLogin) {
        const user = manager.create(UserEntity, {
          id: randomUUID(),
          name: row.manager,
          email: row.managerEmail,
          role: Role.MANAGER,
          passwordHash: null,
          repId: null,
          active: true,
        });
        await manager.insert(UserEntity, user);
        users.set(user.email, user);
        managerId = user.id;
        counts.managersCreated++;
      }
      const region = row.region ? await ensureTeam(row.region, null, null) : null;
      const team = await ensureTeam(row.team, region?.id ?? null, managerId);
      const created = manager.create(RepEntity, {
        id: randomUUID(),
        name: row.rep,
        email: row.email,
        teamId: team.id,
        hireDate: null,
      });
      await manager.insert(RepEntity, created);
      await manager.insert(RepTeamMembershipEntity, {
        id: randomUUID(),
        repId: created.id,
        teamId: team.id,
        validFrom: membershipFrom,
        validTo: null,
      });
      reps.set(created.email, created);
      counts.repsCreated++;
    }

    const result: OrgImportResultDto = {
      dryRun: input.dryRun,
      membershipFrom,
      ...counts,
      refused: refused.sort((a, b) => a.line - b.line),
    };
    await this.audit.record(manager, {
      action: 'org.import',
      entityType: 'org',
      entityId: null,
      summary: auditSummary('org.import', {
        teams: counts.teamsCreated,
        managers: counts.managersCreated,
        reps: counts.repsCreated,
        refused: refused.length,
        from: membershipFrom,
      }),
      after: { ...counts, refused: refused.length, membershipFrom },
    });
    return result;
  }
}

/** Cleans one row and checks it; every reason it cannot be stored. */
function checkRow(
  row: OrgRowInput,
  line: number,
  emailDomain: string | null,
): CheckedRow | { reasons: string[] } {
  const reasons: string[] = [];
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const rep = clean(row.rep);
  const manager = clean(row.manager) || null;
  const region = clean(row.region) || null;
  const team = clean(row.team) || (manager ? `${manager}'s team` : '');
  if (!rep) reasons.push('rep is empty');
  for (const [field, value] of [
    ['rep', rep],
    ['manager', manager],
    ['team', team],
    ['region', region],
  ] as const) {
    if (value && value.length > NAME_MAX) reasons.push(`${field} is longer than ${NAME_MAX} characters`);
  }
  if (!team) reasons.push('no team: give team, or manager (the team is then "<manager>\'s team")');
  let email = clean(row.email);
  if (!email && rep) {
    if (emailDomain) email = emailFromName(rep, emailDomain);
    else reasons.push('no email, and no emailDomain to make one from the name');
  }
  email = normalizeEmail(email);
  if (email && (!isValidEmail(email) || email.length > EMAIL_MAX_LENGTH))
    reasons.push(`email "${email}" is not a valid address`);
  const managerEmail = manager
    ? emailDomain
      ? normalizeEmail(emailFromName(manager, emailDomain))
      : null
    : null;
  if (manager && !managerEmail) reasons.push('a manager needs emailDomain for their login');
  if (reasons.length) return { reasons };
  return { line, rep, email, manager, managerEmail, team, region };
}
