import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal, Role, Roles, UuidArg } from '@salesops/api/core';

import { ApiKeyService } from './api-key.service';
import { ApiKeyDto, CreateApiKeyInput, CreatedApiKeyDto } from './dtos/api-key.dto';

/** Admins (signed in, not with a key) manage integrators' API keys. */
@Resolver()
@Roles(Role.ADMIN)
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @Query(() => [ApiKeyDto], { description: 'Every API key, newest first' })
  apiKeys(): Promise<ApiKeyDto[]> {
    return this.keys.list();
  }

  @Mutation(() => CreatedApiKeyDto, { description: 'A new key, shown this once' })
  createApiKey(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateApiKeyInput,
  ): Promise<CreatedApiKeyDto> {
    return this.keys.create(principal, input);
  }

  @Mutation(() => ApiKeyDto, { description: 'Stops a key at once' })
  revokeApiKey(@UuidArg('id') id: string): Promise<ApiKeyDto> {
    return this.keys.revoke(id);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a revoked or expired key; an active one is refused (BAD_USER_INPUT on id): revoke it first',
  })
  deleteApiKey(@UuidArg('id') id: string): Promise<boolean> {
    return this.keys.delete(id);
  }
}
