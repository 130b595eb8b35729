import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

import { Connection, PageArgs } from '../pagination/connection';
import { IsDateTime } from '../validation/dates';

@ObjectType('AuditEvent', {
  description: 'A change to what the platform holds, with the state before and after',
})
export class AuditEventDto {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The user who made it; null for the system' })
  actorId!: string | null;

  @Field({ description: 'Name and email of the user, or "system"' })
  actorLabel!: string;

  @Field({ description: 'area.verb, e.g. goal.set, tool.update, survey.publish, import.finish' })
  action!: string;

  @Field()
  entityType!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field({ description: 'One line in English, written at the time of the change' })
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The template of the summary, to word it in another language: the action (goal.set) or action.variant ' +
      '(goal.set.new, routing.set_rule.no_cap); null for events recorded before templates existed',
  })
  summaryKey!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The values the template names, as JSON text: names, period keys, ids, counts as numbers, dates as ' +
      'YYYY-MM-DD, amounts as decimal text with their currency; null when summaryKey is null',
  })
  summaryParams!: string | null;

  @Field(() => String, { nullable: true, description: 'The state before, as JSON text' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The state after, as JSON text' })
  after!: string | null;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventDto, 'AuditEvent') {}

@InputType()
export class AuditEventFilter {
  @Field({
    nullable: true,
    description:
      'goal, sales_tool, tool_seat, survey, team, rep, routing_rule, rep_absence, sales_stage, import_job, deal_batch',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  actorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  action?: string;

  @Field({ nullable: true, description: 'From this moment on' })
  @IsOptional()
  @IsDateTime()
  from?: Date;

  @Field({ nullable: true, description: 'Before this moment' })
  @IsOptional()
  @IsDateTime()
  to?: Date;

  @Field({ nullable: true, description: 'Part of the summary or the actor, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter;
}
