import { Field, InputType } from '@nestjs/graphql';
import { Trim } from '@salesops/api/core';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const MAX_LOGIN_EMAIL_LENGTH = 254;
export const MAX_LOGIN_PASSWORD_LENGTH = 200;

@InputType()
export class LoginInput {
  @Field({ description: `At most ${MAX_LOGIN_EMAIL_LENGTH} characters` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(MAX_LOGIN_EMAIL_LENGTH, { message: `is too long: at most ${MAX_LOGIN_EMAIL_LENGTH} characters` })
  email!: string;

  @Field({ description: `At most ${MAX_LOGIN_PASSWORD_LENGTH} characters` })
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(MAX_LOGIN_PASSWORD_LENGTH, {
    message: `is too long: at most ${MAX_LOGIN_PASSWORD_LENGTH} characters`,
  })
  password!: string;
}
