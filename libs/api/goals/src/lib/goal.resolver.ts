import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, KeyAccess, PeriodKeyArg, type Principal, Role, Roles } from '@salesops/api/core';

import { DeleteGoalInput } from './dtos/delete-goal.input';
import { BulkGoalResultDto, GoalDto, TeamGoalGapDto } from './dtos/goal.dto';
import {
  CopyGoalsInput,
  GoalsArgs,
  SetGoalInput,
  SetGoalsInput,
  SetTeamRepGoalsInput,
} from './dtos/goal.inputs';
import { GoalActualDto, GoalActualsArgs } from './dtos/goal-actual.dto';
import { GoalPeriodDto, GoalPeriodsArgs } from './dtos/goal-period.dto';
import { GoalMetric } from './goal.entity';
import { GoalService } from './goal.service';
import { GoalDeletionService } from './goal-deletion.service';

@Resolver()
@KeyAccess('GOALS')
@Roles(Role.ADMIN, Role.MANAGER, Role.REP)
export class GoalResolver {
  constructor(
    private readonly goalService: GoalService,
    private readonly deletion: GoalDeletionService,
  ) {}

  @Query(() => [GoalDto], {
    description: 'Goals of a period with their attainment: all, your subtree, or your own',
  })
  goals(@CurrentPrincipal() principal: Principal, @Args() args: GoalsArgs): Promise<GoalDto[]> {
    return this.goalService.list(principal, args);
  }

  @Query(() => [GoalActualDto], {
    description:
      'What every rep and team you may see achieved on a goal metric in a period, with or without a goal (a rep: themself)',
  })
  goalActuals(
    @CurrentPrincipal() principal: Principal,
    @Args() args: GoalActualsArgs,
  ): Promise<GoalActualDto[]> {
    return this.goalService.actuals(principal, args);
  }

  @Query(() => [GoalPeriodDto], {
    description:
      'The fiscal periods that hold goals you may see (a rep: their own), newest first; among periods starting the same day, the longest first',
  })
  goalPeriods(
    @CurrentPrincipal() principal: Principal,
    @Args() args: GoalPeriodsArgs,
  ): Promise<GoalPeriodDto[]> {
    return this.goalService.periods(principal, args);
  }

  @Query(() => [TeamGoalGapDto], { description: "Each team's goal against the sum of its reps' goals" })
  @Roles(Role.ADMIN, Role.MANAGER)
  teamGoalGaps(
    @CurrentPrincipal() principal: Principal,
    @PeriodKeyArg('period') period: string,
    @Args('metric', { type: () => GoalMetric, defaultValue: GoalMetric.WON_REVENUE }) metric: GoalMetric,
  ): Promise<TeamGoalGapDto[]> {
    return this.goalService.teamGaps(principal, period, metric);
  }

  @Mutation(() => GoalDto, {
    description: 'Creates or changes one goal; pass expectedVersion to refuse overwriting a newer edit',
  })
  @Roles(Role.ADMIN, Role.MANAGER)
  setGoal(@CurrentPrincipal() principal: Principal, @Args('input') input: SetGoalInput): Promise<GoalDto> {
    return this.goalService.set(principal, input);
  }

  @Mutation(() => [GoalDto], {
    description:
      'Creates or changes many goals in one transaction (a goals grid): all are stored or none, each checked against its expectedVersion',
  })
  @Roles(Role.ADMIN, Role.MANAGER)
  setGoals(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetGoalsInput,
  ): Promise<GoalDto[]> {
    return this.goalService.setMany(principal, input.goals);
  }

  @Mutation(() => BulkGoalResultDto, { description: 'Gives every active rep of a team the same target' })
  @Roles(Role.ADMIN, Role.MANAGER)
  setTeamRepGoals(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetTeamRepGoalsInput,
  ): Promise<BulkGoalResultDto> {
    return this.goalService.setTeamRepGoals(principal, input);
  }

  @Mutation(() => BulkGoalResultDto, {
    description: "Copies a period's goals forward with a percentage change",
  })
  @Roles(Role.ADMIN, Role.MANAGER)
  copyGoals(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CopyGoalsInput,
  ): Promise<BulkGoalResultDto> {
    return this.goalService.copy(principal, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a mistaken goal; refused inside a closed pay period (BAD_USER_INPUT on id) or when expectedVersion is stale (CONFLICT)',
  })
  @Roles(Role.ADMIN)
  deleteGoal(@Args('input') input: DeleteGoalInput): Promise<boolean> {
    return this.deletion.delete(input);
  }
}
