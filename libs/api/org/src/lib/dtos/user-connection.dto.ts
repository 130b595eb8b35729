import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@salesops/api/core';

import { UserDto } from './user.dto';

@ObjectType()
export class UserConnection extends Connection(UserDto, 'User') {}
