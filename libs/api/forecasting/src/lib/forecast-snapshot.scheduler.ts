import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@salesops/api/core';
import { todayIsoDate } from '@salesops/domain';

import { ForecastSnapshotService } from './forecast-snapshot.service';

/** The first check waits this long after boot, so starting the API is never slowed by it. */
const FIRST_CHECK_MS = 30_000;

/**
 * Takes each period's automatic forecast snapshots (see ForecastSnapshotService.snapshotPeriodStarts):
 * shortly after boot, then every FORECAST_SNAPSHOT_MINUTES. A run that fails is logged and retried at the
 * next tick; runs never overlap. The timer does not keep the process alive.
 */
@Injectable()
export class ForecastSnapshotScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ForecastSnapshots');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly snapshots: ForecastSnapshotService,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.forecastSnapshotMinutes;
    if (minutes === 0) return;
    this.schedule(FIRST_CHECK_MS, minutes * 60_000);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One check now; resolves when it is done (never rejects). */
  run(today = todayIsoDate()): Promise<void> {
    this.running ??= this.snapshots
      .snapshotPeriodStarts(today)
      .then((stored) => {
        if (stored > 0)
          this.logger.log(
            `Took ${stored} automatic forecast snapshot(s) for the periods containing ${today}`,
          );
      })
      .catch((error: unknown) =>
        this.logger.warn(`Automatic forecast snapshots failed; retrying at the next check: ${String(error)}`),
      )
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private schedule(delay: number, every: number): void {
    this.timer = setTimeout(() => {
      void this.run().then(() => {
        if (this.timer) this.schedule(every, every);
      });
    }, delay);
    this.timer.unref();
  }
}
