import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, KeyAccess, type Principal, Role, Roles, UuidArg } from '@salesops/api/core';

import { MySurveyDto, SurveyDto, SurveyResultsDto, ToolScorecardDto } from './dtos/survey.dto';
import {
  NewSurveyWaveInput,
  SubmitSurveyResponseInput,
  SurveyInput,
  SurveyResultsArgs,
  SurveysArgs,
  SurveyVersionInput,
  UpdateSurveyInput,
} from './dtos/survey.inputs';
import { SalesToolDto, SeatAssignmentDto, ToolSeatDto } from './dtos/tool.dto';
import {
  AssignSeatsInput,
  CreateSalesToolInput,
  ReleaseSeatInput,
  SalesToolsArgs,
  UpdateSalesToolInput,
} from './dtos/tool.inputs';
import { SurveyService } from './survey.service';
import { SurveyResultsService } from './survey-results.service';
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

/** Surveys: admins build and read them; reps answer the ones meant for them. */
@Resolver()
@Roles(Role.ADMIN)
@KeyAccess('TOOLS')
export class SurveyResolver {
  constructor(
    private readonly surveyService: SurveyService,
    private readonly results: SurveyResultsService,
  ) {}

  @Query(() => [SurveyDto], { description: 'Every survey, newest first' })
  surveys(@Args() args: SurveysArgs): Promise<SurveyDto[]> {
    return this.surveyService.list(args);
  }

  @Query(() => SurveyDto)
  survey(@UuidArg('id') id: string): Promise<SurveyDto> {
    return this.surveyService.get(id);
  }

  @Query(() => [MySurveyDto], { description: 'Surveys open to you now, and whether you answered each' })
  @Roles(Role.REP)
  mySurveys(@CurrentPrincipal() principal: Principal): Promise<MySurveyDto[]> {
    return this.surveyService.mine(principal);
  }

  @Query(() => SurveyResultsDto, {
    description: 'Per question results, response rate and who has not answered (named surveys)',
  })
  surveyResults(@Args() args: SurveyResultsArgs): Promise<SurveyResultsDto> {
    return this.results.results(args);
  }

  @Query(() => [ToolScorecardDto], {
    description:
      'Each tool: satisfaction and its trend, cost, use, renewal and a keep / review / replace signal',
  })
  toolScorecard(): Promise<ToolScorecardDto[]> {
    return this.results.scorecard();
  }

  @Mutation(() => SurveyDto, { description: 'A new draft' })
  createSurvey(@Args('input') input: SurveyInput): Promise<SurveyDto> {
    return this.surveyService.create(input);
  }

  @Mutation(() => SurveyDto, { description: 'Drafts only' })
  updateSurvey(@Args('input') input: UpdateSurveyInput): Promise<SurveyDto> {
    return this.surveyService.update(input);
  }

  @Mutation(() => SurveyDto, { description: 'Fixes the questions; the survey opens at opensAt' })
  publishSurvey(@Args('input') input: SurveyVersionInput): Promise<SurveyDto> {
    return this.surveyService.publish(input);
  }

  @Mutation(() => SurveyDto, { description: 'Closes a scheduled or open survey now' })
  closeSurvey(@Args('input') input: SurveyVersionInput): Promise<SurveyDto> {
    return this.surveyService.close(input);
  }

  @Mutation(() => SurveyDto, { description: 'A new draft wave of a survey, for a trend over time' })
  newSurveyWave(@Args('input') input: NewSurveyWaveInput): Promise<SurveyDto> {
    return this.surveyService.newWave(input);
  }

  @Mutation(() => MySurveyDto, {
    description: 'Your answers; sending again before the survey closes replaces them',
  })
  @Roles(Role.REP)
  submitSurveyResponse(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SubmitSurveyResponseInput,
  ): Promise<MySurveyDto> {
    return this.surveyService.submit(principal, input);
  }
}
