import { AppConfig } from '@salesops/api/core';

import { ForecastSnapshotScheduler } from './forecast-snapshot.scheduler';
import { type ForecastSnapshotService } from './forecast-snapshot.service';

describe('ForecastSnapshotScheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const scheduler = (minutes: string, snapshot: jest.Mock) =>
    new ForecastSnapshotScheduler(new AppConfig({ FORECAST_SNAPSHOT_MINUTES: minutes }), {
      snapshotPeriodStarts: snapshot,
    } as unknown as ForecastSnapshotService);

  it('should check 30 s after boot, then at every interval, until shut down', async () => {
    const snapshot = jest.fn().mockResolvedValue(0);
    const s = scheduler('5', snapshot);
    s.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(29_000);
    expect(snapshot).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(snapshot).toHaveBeenCalledTimes(1);
    expect(snapshot.mock.calls[0][0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await jest.advanceTimersByTimeAsync(5 * 60_000);
    expect(snapshot).toHaveBeenCalledTimes(2);
    await s.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(60 * 60_000);
    expect(snapshot).toHaveBeenCalledTimes(2);
  });

  it('should never run when the interval is 0', async () => {
    const snapshot = jest.fn().mockResolvedValue(0);
    scheduler('0', snapshot).onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(snapshot).not.toHaveBeenCalled();
  });

  it('should keep checking after a failed run, and never run two at once', async () => {
    let finish: (n: number) => void = () => undefined;
    const snapshot = jest
      .fn()
      .mockRejectedValueOnce(new Error('database away'))
      .mockImplementationOnce(() => new Promise<number>((resolve) => (finish = resolve)));
    const s = scheduler('1', snapshot);
    await s.run('2017-05-10');
    const first = s.run('2017-05-11');
    const second = s.run('2017-05-11');
    expect(snapshot).toHaveBeenCalledTimes(2);
    finish(3);
    await Promise.all([first, second]);
  });
});
