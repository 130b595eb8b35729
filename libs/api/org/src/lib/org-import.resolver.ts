import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { KeyAccess, Role, Roles } from '@salesops/api/core';

import { ImportOrgInput, OrgImportResultDto } from './dtos/org-import.dto';
import { OrgImportService } from './org-import.service';

/** Reps, teams and managers in bulk, from a file's rows (the portal reads the CSV; integrators send rows). */
@Resolver()
@KeyAccess('ORG')
@Roles(Role.ADMIN)
export class OrgImportResolver {
  constructor(private readonly importer: OrgImportService) {}

  @Mutation(() => OrgImportResultDto, {
    description:
      'Creates reps (with their team membership from membershipFrom), their teams under their regions, and ' +
      "their managers' logins, from rows such as the demo's sales_teams.csv; idempotent (teams by name under " +
      'their parent, people by email). Refused rows are listed with every reason, the rest stored in one ' +
      'transaction. dryRun: counts only',
  })
  async importOrg(@Args('input') input: ImportOrgInput): Promise<OrgImportResultDto> {
    return this.importer.importOrg(input);
  }
}
