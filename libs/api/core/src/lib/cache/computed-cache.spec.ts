import { type DataSource } from 'typeorm';

import { ComputedCache } from './computed-cache';

function setup() {
  let version = '1';
  const dataSource = { query: jest.fn(async () => [{ version }]) } as unknown as DataSource;
  return { cache: new ComputedCache(dataSource), bump: () => (version = String(Number(version) + 1)) };
}

describe('ComputedCache', () => {
  it('should compute once while the data version stays, and again once it moves', async () => {
    const { cache, bump } = setup();
    const compute = jest.fn(async () => ['row']);
    await cache.getOrCompute('k', compute, (rows) => rows.length);
    await cache.getOrCompute('k', compute, (rows) => rows.length);
    expect(compute).toHaveBeenCalledTimes(1);
    bump();
    await cache.getOrCompute('k', compute, (rows) => rows.length);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('should share one computation among requests that miss together', async () => {
    const { cache } = setup();
    let release: (rows: string[]) => void = () => undefined;
    const compute = jest.fn(() => new Promise<string[]>((resolve) => (release = resolve)));
    const answers = Array.from({ length: 16 }, () => cache.getOrCompute('k', compute, (rows) => rows.length));
    await new Promise((resolve) => setTimeout(resolve));
    release(['row']);
    expect(await Promise.all(answers)).toEqual(Array(16).fill(['row']));
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('should not keep a failed computation', async () => {
    const { cache } = setup();
    await expect(
      cache.getOrCompute(
        'k',
        async () => Promise.reject(new Error('boom')),
        () => 1,
      ),
    ).rejects.toThrow('boom');
    expect(
      await cache.getOrCompute(
        'k',
        async () => 'ok',
        () => 1,
      ),
    ).toBe('ok');
  });

  it('should drop the least recently used entries past its size', async () => {
    const { cache } = setup();
    const compute = jest.fn(async () => 'x');
    await cache.getOrCompute('a', compute, () => 15_000);
    await cache.getOrCompute('b', compute, () => 4_000);
    await cache.getOrCompute('a', compute, () => 15_000); // a is now the most recent
    await cache.getOrCompute('c', compute, () => 4_000); // over 20,000: b goes
    expect(compute).toHaveBeenCalledTimes(3);
    await cache.getOrCompute('a', compute, () => 15_000);
    expect(compute).toHaveBeenCalledTimes(3);
    await cache.getOrCompute('b', compute, () => 4_000);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
