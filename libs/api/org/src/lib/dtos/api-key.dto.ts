import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDateTime, Trim } from '@salesops/api/core';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, Length } from 'class-validator';

export enum ApiKeyScope {
  READ = 'READ',
  WRITE_ORG = 'WRITE_ORG',
  WRITE_PIPELINE = 'WRITE_PIPELINE',
  WRITE_GOALS = 'WRITE_GOALS',
  WRITE_TOOLS = 'WRITE_TOOLS',
  WRITE_FORECASTING = 'WRITE_FORECASTING',
  WRITE_COMPENSATION = 'WRITE_COMPENSATION',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description:
    'READ: every query an admin may run. WRITE_<AREA>: the mutations of that area (org, pipeline and imports, goals, sales tools and surveys, forecasting calls and snapshots, compensation plans and payouts)',
});

@ObjectType('ApiKey', { description: "An integrator's key; the key itself is shown only when created" })
export class ApiKeyDto {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The start of the key (sok_<prefix>_...), to tell keys apart' })
  prefix!: string;

  @Field(() => [ApiKeyScope])
  scopes!: ApiKeyScope[];

  @Field()
  createdAt!: Date;

  @Field()
  createdByName!: string;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field({ description: 'Not revoked and not expired' })
  active!: boolean;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyDto {
  @Field(() => ApiKeyDto)
  apiKey!: ApiKeyDto;

  @Field({ description: 'Send as "Authorization: Bearer <key>". Shown this once: only its hash is kept' })
  key!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'must be 1 to 100 characters' })
  name!: string;

  @Field(() => [ApiKeyScope])
  @ArrayMinSize(1, { message: 'give at least one scope' })
  @ArrayMaxSize(5)
  @IsEnum(ApiKeyScope, { each: true })
  scopes!: ApiKeyScope[];

  @Field(() => Date, { nullable: true, description: 'When it stops working; none for no end' })
  @IsOptional()
  @IsDateTime()
  expiresAt?: Date | null;
}
