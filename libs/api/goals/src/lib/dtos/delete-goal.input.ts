import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

@InputType()
export class DeleteGoalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you saw; a different one answers CONFLICT (someone changed the goal since)',
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
