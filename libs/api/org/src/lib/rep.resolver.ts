import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import {
  Args,
  Context,
  GqlExecutionContext,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  AppError,
  type ConnectionResult,
  CurrentPrincipal,
  type GraphQLContext,
  KeyAccess,
  mapNodes,
  type Principal,
  Role,
  Roles,
  selectedFields,
  UuidArg,
} from '@salesops/api/core';
import { type GraphQLResolveInfo } from 'graphql';

import { RepsArgs } from './dtos/list.args';
import { RepConnection, RepDto } from './dtos/rep.dto';
import { CreateRepInput, CreateRepsInput, MoveRepInput, RepIdInput, UpdateRepInput } from './dtos/rep.inputs';
import { TeamDto } from './dtos/team.dto';
import { OrgLoaderFactory } from './org.loaders';
import { type RepNode, toRepDto, toRepNode, toTeamDto } from './org.mappers';
import { type RepSelection } from './rep.queries';
import { RepService } from './rep.service';

/**
 * `@RepSelected('edges.node') selection: RepSelection` — what a read of reps selects at `path` (`''`: the
 * field itself): the rep's fields, and its team's when the query asks for the team (walked only then).
 */
const RepSelected = createParamDecorator((path: string, context: ExecutionContext): RepSelection => {
  const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
  const at = path ? path.split('.') : [];
  const rep = selectedFields(info, at);
  return { rep, team: rep.has('team') ? selectedFields(info, [...at, 'team']) : null };
});

@Resolver(() => RepDto)
@KeyAccess('ORG')
@Roles(Role.ADMIN, Role.MANAGER, Role.REP)
export class RepResolver {
  constructor(
    private readonly repService: RepService,
    private readonly loaders: OrgLoaderFactory,
  ) {}

  @Query(() => RepConnection, { description: 'Reps the caller may see: all, their subtree, or themselves' })
  async reps(
    @CurrentPrincipal() principal: Principal,
    @Args() args: RepsArgs,
    @RepSelected('edges.node') selection: RepSelection,
  ): Promise<ConnectionResult<RepNode>> {
    // Only the columns the query selects; the team, when asked for, in the page's own statement.
    const page = await this.repService.list(principal, args, selection);
    return mapNodes(page, toRepNode);
  }

  @Query(() => RepDto)
  async rep(
    @CurrentPrincipal() principal: Principal,
    @UuidArg('id') id: string,
    @RepSelected('') selection: RepSelection,
  ): Promise<RepNode> {
    return toRepNode(await this.repService.node(principal, id, selection));
  }

  @Mutation(() => [RepDto], {
    description:
      'Creates 1 to 500 reps in one go, all or none: an error names reps.<index>.<field>. Each rep starts in its ' +
      'team on hireDate (today without one); importOrg builds the teams too, from a file',
  })
  @Roles(Role.ADMIN, Role.MANAGER)
  async createReps(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateRepsInput,
  ): Promise<RepDto[]> {
    return (await this.repService.createMany(principal, input.reps)).map(toRepDto);
  }

  @Mutation(() => RepDto)
  @Roles(Role.ADMIN, Role.MANAGER)
  async createRep(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateRepInput,
  ): Promise<RepDto> {
    return toRepDto(await this.repService.create(principal, input));
  }

  @Mutation(() => RepDto)
  @Roles(Role.ADMIN, Role.MANAGER)
  async updateRep(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateRepInput,
  ): Promise<RepDto> {
    return toRepDto(await this.repService.update(principal, input));
  }

  @Mutation(() => RepDto, { description: 'Moves a rep to another team from today on' })
  @Roles(Role.ADMIN, Role.MANAGER)
  async moveRep(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: MoveRepInput,
  ): Promise<RepDto> {
    return toRepDto(await this.repService.move(principal, input));
  }

  @Mutation(() => RepDto, { description: 'Stops the rep from signing in; their history stays' })
  @Roles(Role.ADMIN, Role.MANAGER)
  async deactivateRep(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RepIdInput,
  ): Promise<RepDto> {
    return toRepDto(await this.repService.setActive(principal, input.id, false));
  }

  @Mutation(() => RepDto)
  @Roles(Role.ADMIN, Role.MANAGER)
  async reactivateRep(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RepIdInput,
  ): Promise<RepDto> {
    return toRepDto(await this.repService.setActive(principal, input.id, true));
  }

  @ResolveField(() => TeamDto)
  async team(@Parent() rep: RepNode, @Context() ctx: GraphQLContext): Promise<TeamDto> {
    const team = await this.loaders.for(ctx.req).team.load(rep.teamId);
    if (!team) throw AppError.notFound('Team');
    return toTeamDto(team);
  }
}
