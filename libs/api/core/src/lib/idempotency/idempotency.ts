import { createHash } from 'node:crypto';

import { type EntityManager } from 'typeorm';

import { currentRequest } from '../audit/request-store';
import { AppError } from '../errors/app-error';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a key is remembered: a retry after that runs the mutation again. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** A key seen without an answer for longer than this was applied by a request whose answer was lost. */
export const IDEMPOTENCY_IN_FLIGHT_SECONDS = 120;
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/** What the request policy learned about a mutation sent with an Idempotency-Key, kept on the request. */
export interface IdempotencyClaim {
  owner: string;
  key: string;
  fingerprint: string;
  field: string;
  requestId: string;
}

export function checkIdempotencyKey(raw: string): string {
  if (!KEY_SHAPE.test(raw)) {
    throw AppError.badInput(
      'Idempotency-Key',
      'Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good choice)',
    );
  }
  return raw;
}

/** The same operation text and variables give the same fingerprint, whatever the order of object keys. */
export function fingerprintOf(operationText: string, variables: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify([operationText, canonical(variables)]))
    .digest('hex');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function conflictForExisting(field: string, createdAt: Date, now = Date.now()): AppError {
  return now - createdAt.getTime() > IDEMPOTENCY_IN_FLIGHT_SECONDS * 1000
    ? AppError.conflict(
        `The ${field} request with this Idempotency-Key was applied, but its answer was not kept; read the current state instead of retrying`,
        'Idempotency-Key',
      )
    : AppError.conflict(
        `A ${field} request with this Idempotency-Key is still running; retry in a moment to get its answer`,
        'Idempotency-Key',
      );
}

/**
 * Called by `inTransaction` as the first statement of every transaction: when the current request is a
 * mutation sent with an Idempotency-Key, takes the key in this transaction, so the key is stored if and
 * only if the mutation's writes are. A concurrent request with the same key waits on the row and is
 * then refused with CONFLICT (its retry replays the first answer).
 */
export async function claimIdempotencyKey(manager: EntityManager): Promise<void> {
  const claim = currentRequest()?.idempotency;
  if (!claim) return;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO idempotency_key (owner, key, fingerprint, field, request_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (owner, key) DO NOTHING RETURNING owner`,
    [claim.owner, claim.key, claim.fingerprint, claim.field, claim.requestId],
  );
  if (inserted.length > 0) return;
  const [existing]: { request_id: string; created_at: Date }[] = await manager.query(
    'SELECT request_id, created_at FROM idempotency_key WHERE owner = $1 AND key = $2',
    [claim.owner, claim.key],
  );
  // The same request's second transaction finds its own claim.
  if (existing?.request_id === claim.requestId) return;
  throw existing
    ? conflictForExisting(claim.field, existing.created_at)
    : AppError.conflict(
        'The Idempotency-Key was taken and released while this request ran; retry it',
        'Idempotency-Key',
      );
}
