import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';

import { AppError } from '../errors/app-error';
import { type AppRequest, requestOf } from '../graphql/request-context';
import { type Principal, PRINCIPAL_RESOLVER, type PrincipalResolver } from './principal';
import { type Role } from './role';
import { KEY_AREA_KEY, type KeyArea, PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/**
 * Global guard, deny by default: a handler is reachable only if it (or its class) is @Public()
 * or lists the caller's role in @Roles(...).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(PRINCIPAL_RESOLVER) private readonly principals: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const principal = await principalOf(requestOf(context), this.principals);
    if (!principal) throw AppError.unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(principal.role)) throw AppError.forbidden();
    if (principal.kind === 'key') this.checkKey(context, principal.scopes ?? [], targets);
    return true;
  }

  /** An API key reaches only areas marked @KeyAccess, reading with READ and writing with WRITE_<area>. */
  private checkKey(
    context: ExecutionContext,
    scopes: string[],
    targets: Parameters<Reflector['getAllAndOverride']>[1],
  ): void {
    const area = this.reflector.getAllAndOverride<KeyArea | undefined>(KEY_AREA_KEY, targets);
    if (!area) throw AppError.forbidden('API keys cannot use this; sign in as a user');
    const writes =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getInfo<{ operation: { operation: string } }>().operation
            .operation === 'mutation'
        : requestOf(context).method !== 'GET';
    const needed = writes ? `WRITE_${area}` : 'READ';
    if (!scopes.includes(needed)) throw AppError.forbidden(`This API key lacks the ${needed} scope`);
  }
}

/** The caller of a request, resolved from its bearer token once and kept on the request. */
export async function principalOf(req: AppRequest, principals: PrincipalResolver): Promise<Principal | null> {
  if (req.principal) return req.principal;
  const token = bearerToken(req.headers.authorization);
  const principal = token ? await principals.resolveToken(token) : null;
  if (principal) req.principal = principal;
  return principal;
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}
