import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDateTime, Trim } from '@salesops/api/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { QuestionKindEnum, SurveyAudience, TextTopic } from '../survey-kinds';
import { SurveyStatus } from './survey.enums';

@InputType()
export class SurveyQuestionInput {
  @Field(() => QuestionKindEnum)
  @IsEnum(QuestionKindEnum)
  kind!: QuestionKindEnum;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 500, { message: 'must be 1 to 500 characters' })
  prompt!: string;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  required = true;

  @Field(() => [String], { defaultValue: [], description: 'Choice questions: 2 to 20 distinct options' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true, message: 'options must be 1 to 200 characters' })
  options: string[] = [];

  @Field(() => ID, { nullable: true, description: "One of the survey's tools" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a tool id' })
  toolId?: string | null;

  @Field(() => TextTopic, { nullable: true, description: 'Text questions: what they ask for' })
  @IsOptional()
  @IsEnum(TextTopic)
  textTopic?: TextTopic | null;
}

@InputType()
export class SurveyInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'must be at most 5,000 characters' })
  description = '';

  @Field(() => [ID], { description: 'The tools the survey is about (1 to 10)' })
  @ArrayMinSize(1, { message: 'name at least one tool' })
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'must be tool ids' })
  toolIds!: string[];

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  anonymous = false;

  @Field(() => Int, {
    defaultValue: 5,
    description: 'Anonymous results show from this many answers; at least 3',
  })
  @IsInt()
  @Min(3, { message: 'must be at least 3, so that no answer can be singled out' })
  minAnswers = 5;

  @Field(() => SurveyAudience, { defaultValue: SurveyAudience.SEAT_HOLDERS })
  @IsEnum(SurveyAudience)
  audience: SurveyAudience = SurveyAudience.SEAT_HOLDERS;

  @Field(() => [ID], { defaultValue: [], description: 'With audience TEAMS' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be team ids' })
  audienceTeamIds: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'With audience REPS' })
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true, message: 'must be rep ids' })
  audienceRepIds: string[] = [];

  @Field()
  @IsDateTime()
  opensAt!: Date;

  @Field()
  @IsDateTime()
  closesAt!: Date;

  @Field(() => [SurveyQuestionInput], { description: '1 to 50 questions, in order' })
  @ArrayMinSize(1, { message: 'ask at least one question' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions!: SurveyQuestionInput[];
}

@InputType()
export class UpdateSurveyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a survey id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => SurveyInput)
  @ValidateNested()
  @Type(() => SurveyInput)
  survey!: SurveyInput;
}

@InputType()
export class SurveyVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a survey id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class NewSurveyWaveInput {
  @Field(() => ID, { description: 'A survey of the series; its questions are copied' })
  @IsUUID('all', { message: 'must be a survey id' })
  fromSurveyId!: string;

  @Field()
  @IsDateTime()
  opensAt!: Date;

  @Field()
  @IsDateTime()
  closesAt!: Date;
}

@InputType()
export class AnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a question id' })
  questionId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  score?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  choices?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2,000 characters' })
  text?: string | null;
}

@InputType()
export class SubmitSurveyResponseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a survey id' })
  surveyId!: string;

  @Field(() => [AnswerInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers!: AnswerInput[];
}

@ArgsType()
export class SurveysArgs {
  @Field(() => SurveyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SurveyStatus)
  status?: SurveyStatus;

  @Field(() => ID, { nullable: true, description: 'Surveys about this tool' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a tool id' })
  toolId?: string;
}

@ArgsType()
export class SurveyResultsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a survey id' })
  surveyId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only answers from reps of this team (or below) when the survey was published; anonymous surveys: once closed, and never a group under minAnswers',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}
