import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type ConnectionResult,
  CurrentPrincipal,
  type GraphQLContext,
  KeyAccess,
  mapNodes,
  type Principal,
  Role,
  Roles,
  UuidArg,
} from '@salesops/api/core';

import { TeamsArgs } from './dtos/list.args';
import { TeamConnection, TeamDto } from './dtos/team.dto';
import { CreateTeamInput, UpdateTeamInput } from './dtos/team.inputs';
import { UserDto } from './dtos/user.dto';
import { OrgLoaderFactory } from './org.loaders';
import { toTeamDto, toTeamListDto, toUserDto } from './org.mappers';
import { OrgScopeService } from './org-scope.service';
import { TeamService } from './team.service';

@Resolver(() => TeamDto)
@KeyAccess('ORG')
@Roles(Role.ADMIN, Role.MANAGER, Role.REP)
export class TeamResolver {
  constructor(
    private readonly teamService: TeamService,
    private readonly loaders: OrgLoaderFactory,
    private readonly scope: OrgScopeService,
  ) {}

  @Query(() => TeamConnection, {
    description: 'Teams the caller may see: all, their subtree, or their own team',
  })
  async teams(
    @CurrentPrincipal() principal: Principal,
    @Args() args: TeamsArgs,
  ): Promise<ConnectionResult<TeamDto>> {
    const page = await this.teamService.list(principal, args);
    return mapNodes(page, toTeamListDto);
  }

  @Query(() => TeamDto)
  async team(@CurrentPrincipal() principal: Principal, @UuidArg('id') id: string): Promise<TeamDto> {
    return toTeamDto(await this.teamService.get(principal, id));
  }

  @Mutation(() => TeamDto)
  @Roles(Role.ADMIN, Role.MANAGER)
  async createTeam(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateTeamInput,
  ): Promise<TeamDto> {
    return toTeamDto(await this.teamService.create(principal, input));
  }

  @Mutation(() => TeamDto)
  @Roles(Role.ADMIN, Role.MANAGER)
  async updateTeam(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateTeamInput,
  ): Promise<TeamDto> {
    return toTeamDto(await this.teamService.update(principal, input));
  }

  @ResolveField(() => TeamDto, {
    nullable: true,
    description: 'Null for a top-level team or one outside your scope',
  })
  async parent(@Parent() team: TeamDto, @Context() ctx: GraphQLContext): Promise<TeamDto | null> {
    if (!team.parentId || !ctx.req.principal) return null;
    if (!(await this.scope.canSeeTeam(ctx.req.principal, team.parentId))) return null;
    const parent = await this.loaders.for(ctx.req).team.load(team.parentId);
    return parent ? toTeamDto(parent) : null;
  }

  @ResolveField(() => UserDto, { nullable: true })
  async manager(@Parent() team: TeamDto, @Context() ctx: GraphQLContext): Promise<UserDto | null> {
    if (!team.managerId) return null;
    const user = await this.loaders.for(ctx.req).user.load(team.managerId);
    return user ? toUserDto(user) : null;
  }

  @ResolveField(() => Int, { description: 'Active reps directly in this team' })
  repCount(@Parent() team: TeamDto, @Context() ctx: GraphQLContext): Promise<number> {
    return this.loaders.for(ctx.req).activeRepCount.load(team.id);
  }
}
