import { Field, ObjectType } from '@nestjs/graphql';

import { UserDto } from './user.dto';

@ObjectType('AuthPayload')
export class AuthPayloadDto {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => UserDto)
  user!: UserDto;
}
