import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, KeyAccess, type Principal, Role, Roles, UuidArg } from '@salesops/api/core';

import { SalesToolDto, SeatAssignmentDto, ToolSeatDto } from './dtos/tool.dto';
import {
  AssignSeatsInput,
  CreateSalesToolInput,
  ReleaseSeatInput,
  SalesToolsArgs,
  UpdateSalesToolInput,
} from './dtos/tool.inputs';
import { ToolService } from './tool.service';

/** The sales-tool inventory: admins keep it, managers read it. */
@Resolver()
@Roles(Role.ADMIN)
@KeyAccess('TOOLS')
export class SalesToolResolver {
  constructor(private readonly tools: ToolService) {}

  @Query(() => [SalesToolDto], { description: 'The tools the team pays for, by name' })
  @Roles(Role.ADMIN, Role.MANAGER)
  salesTools(@Args() args: SalesToolsArgs): Promise<SalesToolDto[]> {
    return this.tools.list(args);
  }

  @Query(() => SalesToolDto)
  @Roles(Role.ADMIN, Role.MANAGER)
  salesTool(@UuidArg('id') id: string): Promise<SalesToolDto> {
    return this.tools.get(id);
  }

  @Query(() => [ToolSeatDto], {
    description:
      'Who holds a seat on a tool (and, with includeEnded, who held one); a manager sees the holders in the teams they lead',
  })
  @Roles(Role.ADMIN, Role.MANAGER)
  toolSeats(
    @CurrentPrincipal() principal: Principal,
    @UuidArg('toolId') toolId: string,
    @Args('includeEnded', { defaultValue: false }) includeEnded: boolean,
  ): Promise<ToolSeatDto[]> {
    return this.tools.seats(principal, toolId, includeEnded);
  }

  @Mutation(() => SalesToolDto)
  createSalesTool(@Args('input') input: CreateSalesToolInput): Promise<SalesToolDto> {
    return this.tools.create(input);
  }

  @Mutation(() => SalesToolDto, {
    description: 'Changes the fields given; expectedVersion guards against overwriting a newer edit',
  })
  updateSalesTool(@Args('input') input: UpdateSalesToolInput): Promise<SalesToolDto> {
    return this.tools.update(input);
  }

  @Mutation(() => SeatAssignmentDto, { description: 'Gives reps a seat; those who hold one keep it' })
  assignToolSeats(@Args('input') input: AssignSeatsInput): Promise<SeatAssignmentDto> {
    return this.tools.assignSeats(input);
  }

  @Mutation(() => ToolSeatDto, { description: 'Ends a seat (history is kept)' })
  releaseToolSeat(@Args('input') input: ReleaseSeatInput): Promise<ToolSeatDto> {
    return this.tools.releaseSeat(input);
  }
}
