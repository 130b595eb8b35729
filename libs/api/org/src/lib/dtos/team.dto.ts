import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@salesops/api/core';

@ObjectType('Team', { description: "A node of the team tree: a region at the top, managers' teams below." })
export class TeamDto {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => ID, { nullable: true })
  managerId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the team was archived; null while in use' })
  archivedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class TeamConnection extends Connection(TeamDto, 'Team') {}
