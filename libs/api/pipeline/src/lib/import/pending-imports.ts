import { Injectable } from '@nestjs/common';

import { type DealImportMapping } from './deal-import-mapping';

const TTL_MS = 15 * 60_000;

/**
 * Import jobs created but whose file has not arrived yet, with the mapping chosen for them.
 * Held in memory for 15 minutes: a job is uploaded to the instance that created it, right after.
 */
@Injectable()
export class PendingImports {
  private readonly pending = new Map<string, { mapping: DealImportMapping; expires: number }>();

  add(jobId: string, mapping: DealImportMapping): void {
    const now = Date.now();
    for (const [id, entry] of this.pending) if (entry.expires < now) this.pending.delete(id);
    this.pending.set(jobId, { mapping, expires: now + TTL_MS });
  }

  /** The mapping of a job waiting for its file; each job accepts one upload. */
  take(jobId: string): DealImportMapping | null {
    const entry = this.pending.get(jobId);
    this.pending.delete(jobId);
    return entry && entry.expires >= Date.now() ? entry.mapping : null;
  }
}
