import { type DataSource } from 'typeorm';

/**
 * Reads `data_version` (moved forward by every writing transaction on the tables computed answers read;
 * decision 0008) for many concurrent callers with as few statements as exactness allows.
 *
 * A caller must get a version read by a statement that *started after it asked*: that statement sees every
 * commit acknowledged before the caller's request, so an answer cached under an older version is never
 * served after a write the caller could know of. A caller who asks while a read is under way cannot use
 * it (it may have started before a commit the caller knows of); it waits for the next read, which starts
 * as soon as that one ends and serves everyone who asked meanwhile. Under load that is two reads per wave
 * of concurrent requests instead of one per request.
 */
export class DataVersionReader {
  private running: Promise<string> | null = null;
  private queued: Promise<string> | null = null;

  constructor(private readonly readVersion: () => Promise<string>) {}

  read(): Promise<string> {
    if (!this.running) return this.start();
    // The running read may have started before this call: wait for the one after it.
    this.queued ??= this.running.then(
      () => this.startQueued(),
      () => this.startQueued(),
    );
    return this.queued;
  }

  private startQueued(): Promise<string> {
    this.queued = null;
    return this.start();
  }

  private start(): Promise<string> {
    const reading = this.readVersion();
    this.running = reading;
    const done = () => {
      if (this.running === reading) this.running = null;
    };
    reading.then(done, done);
    return reading;
  }
}

/** A reader of the database's `data_version`, on a pooled connection (never a caller's transaction). */
export function dataVersionReader(dataSource: DataSource): DataVersionReader {
  return new DataVersionReader(async () => {
    const [{ version }]: { version: string }[] = await dataSource.query(
      'SELECT version FROM data_version WHERE id = 1',
    );
    return version;
  });
}
