import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { Trim } from '@salesops/api/core';

@InputType()
export class LoginInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 254, { message: 'is required' })
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'is required' })
  password!: string;
}
