import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type DataVersionReader, dataVersionReader } from './data-version';

interface Entry {
  version: string;
  weight: number;
  value: unknown;
}

/** Rows kept at most (leaderboard and team rows of about 1.5 KB each: some 30 MB). */
const MAX_WEIGHT = 20_000;

/**
 * Computed answers (leaderboards, team standings) kept until the data under them changes. Every write to
 * the tables they read moves `data_version` forward in the writing transaction (migration AddDataVersion),
 * so an entry is served only while the version it was computed at is still the current one. The version
 * is read before computing: an answer that happens to include a newer commit is stored under the older
 * version and simply never served. Least recently used entries go first; requests that miss the same
 * entry at once share one computation.
 */
@Injectable()
export class ComputedCache {
  private readonly entries = new Map<string, Entry>();
  /** Computations under way, so concurrent misses of one key wait for one computation (no stampede). */
  private readonly pending = new Map<string, Promise<unknown>>();
  private weight = 0;
  /** Concurrent requests share a read of the version that started after they asked. */
  private readonly versions: DataVersionReader;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.versions = dataVersionReader(dataSource);
  }

  async getOrCompute<T>(key: string, compute: () => Promise<T>, weigh: (value: T) => number): Promise<T> {
    const version = await this.versions.read();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    const flight = `${version}\u0000${key}`;
    const running = this.pending.get(flight);
    if (running) return running as Promise<T>;
    const computing = compute().then((value) => {
      this.store(key, { version, weight: Math.max(1, weigh(value)), value });
      return value;
    });
    this.pending.set(flight, computing);
    try {
      return await computing;
    } finally {
      this.pending.delete(flight);
    }
  }

  private store(key: string, entry: Entry): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.weight -= previous.weight;
      this.entries.delete(key);
    }
    if (entry.weight > MAX_WEIGHT) return;
    this.entries.set(key, entry);
    this.weight += entry.weight;
    for (const [oldest, old] of this.entries) {
      if (this.weight <= MAX_WEIGHT) break;
      this.entries.delete(oldest);
      this.weight -= old.weight;
    }
  }
}
