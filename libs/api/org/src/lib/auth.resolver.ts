import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  type ConnectionResult,
  CurrentPrincipal,
  type GraphQLContext,
  KeyAccess,
  mapNodes,
  type Principal,
  Public,
  Role,
  Roles,
} from '@salesops/api/core';

import { AuthService } from './auth.service';
import { AuthPayloadDto } from './dtos/auth-payload.dto';
import { UsersArgs } from './dtos/list.args';
import { LoginInput } from './dtos/login.input';
import { UserDto } from './dtos/user.dto';
import { UserConnection } from './dtos/user-connection.dto';
import { toUserDto } from './org.mappers';
import { UserService } from './user.service';

@Resolver(() => UserDto)
@Roles(Role.ADMIN, Role.MANAGER, Role.REP)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly userService: UserService,
  ) {}

  @Mutation(() => AuthPayloadDto, { description: 'Signs in; the only operation open without a token' })
  @Public()
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphQLContext): Promise<AuthPayloadDto> {
    const result = await this.auth.login(input.email, input.password, ctx.req.ip ?? 'unknown');
    return { token: result.token, expiresAt: result.expiresAt, user: toUserDto(result.user) };
  }

  @Mutation(() => Boolean, { description: 'Ends the session of the token used' })
  async logout(@CurrentPrincipal() principal: Principal): Promise<boolean> {
    await this.auth.logout(principal);
    return true;
  }

  @Query(() => UserDto, { description: 'The signed-in user' })
  async me(@CurrentPrincipal() principal: Principal): Promise<UserDto> {
    return toUserDto(await this.userService.findById(principal.userId));
  }

  @Query(() => UserConnection, {
    description:
      'Everyone who signs in: names, emails and roles (never passwords or sessions); admins and READ keys',
  })
  @Roles(Role.ADMIN)
  // An admin read like any other, so a READ key has it too (docs/api.md); the rest of this class refuses keys.
  @KeyAccess('ORG')
  async users(@Args() args: UsersArgs): Promise<ConnectionResult<UserDto>> {
    const page = await this.userService.list(args);
    return mapNodes(page, toUserDto);
  }
}
