import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@salesops/api/core';

@ObjectType('User', { description: 'A person who signs in. Never carries the password hash.' })
export class UserDto {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The rep record of a REP user' })
  repId!: string | null;
}
