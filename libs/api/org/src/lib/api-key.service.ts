import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  auditSummary,
  inTransaction,
  type Principal,
  Role,
} from '@salesops/api/core';
import { DataSource } from 'typeorm';

import {
  apiKeyRows,
  deleteApiKey,
  insertApiKey,
  type KeyRow,
  liveKeyByHash,
  lockKeyForDelete,
  lockKeyForRevoke,
  revokeApiKey,
  touchKeyLastUsed,
} from './api-key.queries';
import { type ApiKeyDto, type CreateApiKeyInput, type CreatedApiKeyDto } from './dtos/api-key.dto';
import { PrincipalCache, type ResolvedToken } from './principal-cache';

export const API_KEY_PREFIX = 'sok_';
const KEY_SHAPE = /^sok_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/;

/** Integrators' API keys: created and revoked by admins, stored as hashes, scoped by area. */
@Injectable()
export class ApiKeyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly principals: PrincipalCache,
  ) {}

  /** Every key, newest first; or the one with `id`. */
  async list(id?: string): Promise<ApiKeyDto[]> {
    const rows = await apiKeyRows(this.dataSource, id ?? null);
    return rows.map(toDto);
  }

  async create(principal: Principal, input: CreateApiKeyInput): Promise<CreatedApiKeyDto> {
    if (input.expiresAt && input.expiresAt <= new Date())
      throw AppError.badInput('expiresAt', 'must be in the future');
    const prefix = randomBytes(6)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0')
      .slice(0, 8);
    const key = `${API_KEY_PREFIX}${prefix}_${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    const scopes = [...new Set(input.scopes)].sort();
    await inTransaction(this.dataSource, async (manager) => {
      await insertApiKey(manager, {
        id,
        name: input.name,
        prefix,
        keyHash: keyHash(key),
        scopes,
        createdBy: principal.userId,
        expiresAt: input.expiresAt ?? null,
      });
      await this.audit.record(manager, {
        action: 'api_key.create',
        entityType: 'api_key',
        entityId: id,
        summary: auditSummary('api_key.create', {
          name: input.name,
          prefix: `${API_KEY_PREFIX}${prefix}`,
          scopes,
        }),
        after: { name: input.name, prefix, scopes, expiresAt: input.expiresAt ?? null },
      });
    });
    const [apiKey] = await this.list(id);
    return { apiKey, key };
  }

  async revoke(id: string): Promise<ApiKeyDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const rows = await lockKeyForRevoke(manager, id);
      if (rows.length === 0) throw AppError.notFound('API key');
      if (rows[0].revoked_at) throw AppError.conflict('This key was revoked already', 'id');
      await revokeApiKey(manager, id);
      await this.audit.record(manager, {
        action: 'api_key.revoke',
        entityType: 'api_key',
        entityId: id,
        summary: auditSummary('api_key.revoke', {
          name: rows[0].name,
          prefix: `${API_KEY_PREFIX}${rows[0].prefix}`,
        }),
        before: { revokedAt: null },
      });
    });
    this.principals.forgetSession(id);
    const [apiKey] = await this.list(id);
    return apiKey;
  }

  /** Deletes a spent key (revoked or expired); a key that still works must be revoked first. */
  async delete(id: string): Promise<boolean> {
    const deleted = await inTransaction(this.dataSource, async (manager) => {
      const rows = await lockKeyForDelete(manager, id);
      if (rows.length === 0) throw AppError.notFound('API key');
      const [key] = rows;
      const spent = key.revoked_at !== null || (key.expires_at !== null && key.expires_at <= new Date());
      if (!spent) throw AppError.badInput('id', 'is an active key: revoke it first');
      await deleteApiKey(manager, id);
      await this.audit.record(manager, {
        action: 'api_key.delete',
        entityType: 'api_key',
        entityId: id,
        summary: auditSummary('api_key.delete', { name: key.name, prefix: `${API_KEY_PREFIX}${key.prefix}` }),
        before: { name: key.name, prefix: key.prefix, revokedAt: key.revoked_at, expiresAt: key.expires_at },
      });
      return true;
    });
    this.principals.forgetSession(id);
    return deleted;
  }

  /** The principal of a key that exists, is not revoked and has not expired, with its expiry; else null. */
  async lookup(key: string): Promise<ResolvedToken | null> {
    if (!KEY_SHAPE.test(key)) return null;
    const [row] = await liveKeyByHash(this.dataSource, keyHash(key));
    if (!row) return null;
    // Written at most once a minute, so a busy integration does not turn every read into a write.
    if (!row.last_used_at || row.last_used_at.getTime() < Date.now() - 60_000) {
      await touchKeyLastUsed(this.dataSource, row.id);
    }
    const principal: Principal = {
      kind: 'key',
      scopes: row.scopes,
      // Integrators read like an admin; what they may write is limited by their scopes (AuthGuard).
      role: Role.ADMIN,
      userId: row.created_by,
      sessionId: row.id,
      repId: null,
      name: `API key ${row.name}`,
      email: `${API_KEY_PREFIX}${row.prefix}`,
    };
    return { principal, endsAt: row.expires_at };
  }
}

function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function toDto(row: KeyRow): ApiKeyDto {
  const expired = row.expires_at !== null && row.expires_at <= new Date();
  return {
    id: row.id,
    name: row.name,
    prefix: `${API_KEY_PREFIX}${row.prefix}`,
    scopes: row.scopes,
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    active: row.revoked_at === null && !expired,
  };
}
