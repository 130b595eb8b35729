import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  AppError,
  AuditService,
  auditSummary,
  type Principal,
  type PrincipalResolver,
} from '@salesops/api/core';
import { normalizeEmail } from '@salesops/domain';
import { DataSource } from 'typeorm';

import { API_KEY_PREFIX, ApiKeyService } from './api-key.service';
import { liveSessionByHash } from './auth.queries';
import { LoginThrottle, type LoginThrottleStore, type ThrottleEvent } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import { PostgresLoginThrottle } from './postgres-login-throttle';
import { PrincipalCache, type ResolvedToken } from './principal-cache';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

const BAD_LOGIN = 'Email or password is incorrect';

@Injectable()
export class AuthService implements PrincipalResolver {
  // Verified when the email is unknown, so both failures take the same time.
  private readonly decoyHash = hashPassword(randomBytes(16).toString('hex'));
  // Failed sign-ins are counted where the rate limits are: shared by replicas with RATE_LIMIT_STORE=postgres.
  private readonly throttle: LoginThrottleStore;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly apiKeys: ApiKeyService,
    private readonly audit: AuditService,
    private readonly principals: PrincipalCache,
  ) {
    this.throttle =
      config.rateLimitStore === 'postgres' ? new PostgresLoginThrottle(dataSource) : new LoginThrottle();
  }

  async login(email: string, password: string, address = 'unknown'): Promise<LoginResult> {
    const normalized = normalizeEmail(email);
    await this.throttle.check(normalized, address);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = :email', { email: normalized })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !user.passwordHash || !user.active || !ok) {
      for (const event of await this.throttle.fail(normalized, address))
        await this.recordThrottle(event, user?.id ?? null);
      throw AppError.unauthenticated(BAD_LOGIN);
    }
    await this.throttle.succeed(normalized, address);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.dataSource.getRepository(SessionEntity).insert({
      id: randomUUID(),
      userId: user.id,
      tokenHash: tokenHash(token),
      expiresAt,
      revokedAt: null,
    });
    return { token, expiresAt, user };
  }

  /** A throttle starting goes to the audit trail once (not each refused try), so a flood cannot fill it. */
  private async recordThrottle(event: ThrottleEvent, userId: string | null): Promise<void> {
    const summary =
      event.kind === 'pair'
        ? auditSummary('auth.throttle.pair', {
            email: event.email,
            address: event.address,
            count: event.count,
            minutes: event.minutes,
          })
        : event.kind === 'address'
          ? auditSummary('auth.throttle.address', {
              address: event.address,
              count: event.count,
              minutes: event.minutes,
            })
          : auditSummary('auth.throttle.email', { email: event.email, count: event.count });
    await this.audit.record(this.dataSource.manager, {
      action: 'auth.throttle',
      entityType: 'sign_in',
      entityId: event.kind === 'address' ? null : userId,
      summary,
      after: event,
    });
  }

  async logout(principal: Principal): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: principal.sessionId }, { revokedAt: () => 'now()' });
    this.principals.forgetSession(principal.sessionId);
  }

  /** The caller a token stands for: from this process's short cache, else looked up (and then cached). */
  async resolveToken(token: string): Promise<Principal | null> {
    const isKey = token.startsWith(API_KEY_PREFIX);
    if (!isKey && token.length > 100) return null;
    const hash = tokenHash(token);
    const cached = this.principals.get(hash);
    if (cached) return cached;
    const lookup = this.principals.begin();
    const found = isKey ? await this.apiKeys.lookup(token) : await this.lookupSession(hash);
    if (!found) return null;
    this.principals.remember(hash, found.principal, found.endsAt, lookup);
    return found.principal;
  }

  private async lookupSession(hash: string): Promise<ResolvedToken | null> {
    const [row] = await liveSessionByHash(this.dataSource, hash);
    if (!row) return null;
    return {
      principal: {
        sessionId: row.session_id,
        userId: row.user_id,
        role: row.role,
        repId: row.rep_id,
        name: row.name,
        email: row.email,
      },
      endsAt: row.expires_at,
    };
  }
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
