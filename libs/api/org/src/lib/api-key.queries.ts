import { runSql, sql } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

import { type ApiKeyScope } from './dtos/api-key.dto';

type Runner = Pick<EntityManager, 'query'>;

/** An API key as listed: its hash left out, with its creator's name. */
export interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  created_at: Date;
  created_by_name: string;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** Every API key with its creator's name, newest first; or only the one with `id`. */
export function apiKeyRows(runner: Runner, id: string | null): Promise<KeyRow[]> {
  return runSql(
    runner,
    sql`SELECT k.id, k.name, k.prefix, k.scopes, k.created_at, u.name AS created_by_name, k.expires_at, k.last_used_at, k.revoked_at
         FROM api_key k JOIN app_user u ON u.id = k.created_by
        WHERE ${id}::uuid IS NULL OR k.id = ${id} ORDER BY k.created_at DESC, k.id`,
  );
}

/** A new API key as stored: its hash, never the key. */
export interface NewKeyRow {
  id: string;
  name: string;
  prefix: string;
  keyHash: string;
  scopes: ApiKeyScope[];
  createdBy: string;
  expiresAt: Date | null;
}

/** Inserts a new API key. */
export async function insertApiKey(runner: Runner, key: NewKeyRow): Promise<void> {
  await runSql(
    runner,
    sql`INSERT INTO api_key (id, name, prefix, key_hash, scopes, created_by, expires_at) VALUES (${key.id}, ${key.name}, ${key.prefix}, ${key.keyHash}, ${key.scopes}, ${key.createdBy}, ${key.expiresAt})`,
  );
}

/** An API key's name, prefix and revocation, locked for update until the transaction ends. */
export function lockKeyForRevoke(
  runner: Runner,
  id: string,
): Promise<{ name: string; prefix: string; revoked_at: Date | null }[]> {
  return runSql(runner, sql`SELECT name, prefix, revoked_at FROM api_key WHERE id = ${id} FOR UPDATE`);
}

/** Marks an API key revoked now. */
export async function revokeApiKey(runner: Runner, id: string): Promise<void> {
  await runSql(runner, sql`UPDATE api_key SET revoked_at = now() WHERE id = ${id}`);
}

/** An API key's name, prefix, revocation and expiry, locked for update until the transaction ends. */
export function lockKeyForDelete(
  runner: Runner,
  id: string,
): Promise<{ name: string; prefix: string; revoked_at: Date | null; expires_at: Date | null }[]> {
  return runSql(
    runner,
    sql`SELECT name, prefix, revoked_at, expires_at FROM api_key WHERE id = ${id} FOR UPDATE`,
  );
}

/** Deletes an API key. */
export async function deleteApiKey(runner: Runner, id: string): Promise<void> {
  await runSql(runner, sql`DELETE FROM api_key WHERE id = ${id}`);
}

/** A key that works, by the hash of the key presented. */
export interface LiveKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  created_by: string;
  expires_at: Date | null;
  last_used_at: Date | null;
}

/** The API key with this hash if it is neither revoked nor expired. */
export function liveKeyByHash(runner: Runner, keyHash: string): Promise<LiveKeyRow[]> {
  return runSql(
    runner,
    sql`SELECT id, name, prefix, scopes, created_by, expires_at, last_used_at FROM api_key
        WHERE key_hash = ${keyHash} AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
  );
}

/** Records that an API key was used now. */
export async function touchKeyLastUsed(runner: Runner, id: string): Promise<void> {
  await runSql(runner, sql`UPDATE api_key SET last_used_at = now() WHERE id = ${id}`);
}
