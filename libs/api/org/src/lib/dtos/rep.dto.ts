import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@salesops/api/core';

@ObjectType('Rep', { description: 'A sales representative. Deactivated, never deleted.' })
export class RepDto {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => ID)
  teamId!: string;

  @Field(() => String, { nullable: true, description: 'Calendar date, YYYY-MM-DD' })
  hireDate!: string | null;

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class RepConnection extends Connection(RepDto, 'Rep') {}
