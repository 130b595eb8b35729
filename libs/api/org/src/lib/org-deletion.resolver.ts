import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { KeyAccess, Role, Roles, UuidArg } from '@salesops/api/core';

import { RepDto } from './dtos/rep.dto';
import { RepIdInput } from './dtos/rep.inputs';
import { TeamDto } from './dtos/team.dto';
import { toRepDto, toTeamDto } from './org.mappers';
import { RepErasureService } from './rep-erasure.service';
import { TeamArchiveService } from './team-archive.service';

/** Archiving teams and erasing former reps: admins only, each in one audited transaction. */
@Resolver()
@KeyAccess('ORG')
@Roles(Role.ADMIN)
export class OrgDeletionResolver {
  constructor(
    private readonly archive: TeamArchiveService,
    private readonly erasure: RepErasureService,
  ) {}

  @Mutation(() => TeamDto, {
    description:
      'Archives a team with no active reps and no live team below (else BAD_USER_INPUT on id): it leaves lists and pickers, its history stays',
  })
  async archiveTeam(@UuidArg('id') id: string): Promise<TeamDto> {
    return toTeamDto(await this.archive.archive(id));
  }

  @Mutation(() => TeamDto, {
    description: 'Brings an archived team back; refused while the team above it is archived',
  })
  async unarchiveTeam(@UuidArg('id') id: string): Promise<TeamDto> {
    return toTeamDto(await this.archive.unarchive(id));
  }

  @Mutation(() => RepDto, {
    description:
      "Erases a deactivated rep's personal data: name and email become a stable pseudonym and a placeholder, their sign-in and API keys end; deals, goals and pay stay under the pseudonym",
  })
  async eraseRep(@Args('input') input: RepIdInput): Promise<RepDto> {
    return toRepDto(await this.erasure.erase(input.id));
  }
}
