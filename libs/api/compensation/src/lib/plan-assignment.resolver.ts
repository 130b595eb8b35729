import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, KeyAccess, type Principal, Role, Roles } from '@salesops/api/core';

import { AcknowledgementService } from './acknowledgement.service';
import { AcknowledgePlanInput, MyPlanDto } from './dtos/acknowledgement.dto';
import {
  AssignPlanInput,
  EndPlanAssignmentInput,
  PlanAssignmentDto,
  PlanAssignmentsArgs,
} from './dtos/plan-assignment.dto';
import { PlanAssignmentService } from './plan-assignment.service';

/** Who is on which plan version, and who has accepted it. */
@Resolver()
@Roles(Role.ADMIN)
@KeyAccess('COMPENSATION')
export class PlanAssignmentResolver {
  constructor(
    private readonly assignments: PlanAssignmentService,
    private readonly acknowledgements: AcknowledgementService,
  ) {}

  @Query(() => [PlanAssignmentDto], {
    description:
      "Plan assignments the caller may see (a manager: their reps'), with when each rep accepted the version: the acknowledgement tracker",
  })
  @Roles(Role.ADMIN, Role.MANAGER)
  planAssignments(
    @CurrentPrincipal() principal: Principal,
    @Args() args: PlanAssignmentsArgs,
  ): Promise<PlanAssignmentDto[]> {
    return this.assignments.list(principal, args);
  }

  @Mutation(() => [PlanAssignmentDto], {
    description:
      'Puts reps (or a whole team and the teams below it) on a published version from a day; their other assignments give up those days',
  })
  assignPlan(@Args('input') input: AssignPlanInput): Promise<PlanAssignmentDto[]> {
    return this.assignments.assign(input);
  }

  @Mutation(() => PlanAssignmentDto, {
    nullable: true,
    description: 'Ends an assignment; ended on or before its first day it is removed (null)',
  })
  endPlanAssignment(@Args('input') input: EndPlanAssignmentInput): Promise<PlanAssignmentDto | null> {
    return this.assignments.end(input);
  }

  @Query(() => [MyPlanDto], {
    description:
      "The signed-in rep's current and coming plan versions, with what changed since the last one they accepted",
  })
  @Roles(Role.REP)
  myPlans(@CurrentPrincipal() principal: Principal): Promise<MyPlanDto[]> {
    return this.acknowledgements.myPlans(principal);
  }

  @Mutation(() => MyPlanDto, {
    description: 'The signed-in rep accepts the exact version they read (its contentHash)',
  })
  @Roles(Role.REP)
  acknowledgePlan(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AcknowledgePlanInput,
  ): Promise<MyPlanDto> {
    return this.acknowledgements.acknowledge(principal, input);
  }
}
