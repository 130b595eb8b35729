import { DataVersionReader } from './data-version';

/** A version source whose reads the test finishes by hand, recording when each started. */
function source() {
  const reads: { resolve: (version: string) => void; reject: (error: Error) => void }[] = [];
  const reader = new DataVersionReader(
    () => new Promise<string>((resolve, reject) => reads.push({ resolve, reject })),
  );
  return { reader, reads };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('DataVersionReader', () => {
  it('should start a read for a caller when none is under way', async () => {
    const { reader, reads } = source();
    const version = reader.read();
    expect(reads).toHaveLength(1);
    reads[0].resolve('7');
    await expect(version).resolves.toBe('7');
  });

  it('should give callers who ask during a read the next read, started after that one ended, never the running one', async () => {
    const { reader, reads } = source();
    const first = reader.read();
    const during = [reader.read(), reader.read(), reader.read()];
    // One read runs; the three wait for one more, not yet started.
    expect(reads).toHaveLength(1);
    // A commit lands while the first read runs; the first read saw the version before it.
    reads[0].resolve('7');
    await expect(first).resolves.toBe('7');
    await settle();
    expect(reads).toHaveLength(2);
    reads[1].resolve('8');
    await expect(Promise.all(during)).resolves.toEqual(['8', '8', '8']);
  });

  it('should start another read for callers who ask while the queued read runs', async () => {
    const { reader, reads } = source();
    void reader.read();
    const second = reader.read();
    reads[0].resolve('1');
    await settle();
    expect(reads).toHaveLength(2);
    const third = reader.read();
    reads[1].resolve('2');
    await expect(second).resolves.toBe('2');
    await settle();
    expect(reads).toHaveLength(3);
    reads[2].resolve('3');
    await expect(third).resolves.toBe('3');
  });

  it('should pass a failed read to its callers and read afresh for the next', async () => {
    const { reader, reads } = source();
    const first = reader.read();
    const during = reader.read();
    reads[0].reject(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await settle();
    reads[1].resolve('9');
    await expect(during).resolves.toBe('9');
    const later = reader.read();
    expect(reads).toHaveLength(3);
    reads[2].resolve('10');
    await expect(later).resolves.toBe('10');
  });
});
