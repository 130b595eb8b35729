import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, KeyAccess, type Principal, Role, Roles, UuidArg } from '@salesops/api/core';

import { MySurveyDto, SurveyDto } from './dtos/survey.dto';
import {
  NewSurveyWaveInput,
  SubmitSurveyResponseInput,
  SurveyInput,
  SurveyResultsArgs,
  SurveysArgs,
  SurveyVersionInput,
  UpdateSurveyInput,
} from './dtos/survey.inputs';
import { SurveyResultsDto } from './dtos/survey-results.dto';
import { ToolScorecardDto } from './dtos/tool-scorecard.dto';
import { SurveyService } from './survey.service';
import { SurveyResultsService } from './survey-results.service';

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
