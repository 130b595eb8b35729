describe('production-env', () => {
  const original = process.env['NODE_ENV'];
  afterEach(() => {
    process.env['NODE_ENV'] = original;
  });

  function load(): void {
    jest.isolateModules(() => {
      require('./production-env');
    });
  }

  it('should run the server in production mode when NODE_ENV is not set', () => {
    delete process.env['NODE_ENV'];
    load();
    expect(process.env['NODE_ENV']).toBe('production');
  });

  it('should keep a NODE_ENV that is set', () => {
    process.env['NODE_ENV'] = 'development';
    load();
    expect(process.env['NODE_ENV']).toBe('development');
  });

  it('should let the heap grow by 1.4x between collections unless node was given its own growth', () => {
    jest.isolateModules(() => {
      const { heapGrowingFlag } = require('./production-env') as typeof import('./production-env');
      expect(heapGrowingFlag([], '')).toBe('--heap-growing-percent=40');
      expect(heapGrowingFlag(['--enable-source-maps'], '--max-old-space-size=512')).toBe(
        '--heap-growing-percent=40',
      );
      expect(heapGrowingFlag(['--heap-growing-percent=100'], '')).toBeNull();
      expect(heapGrowingFlag([], '--inspect --heap-growing-percent=20')).toBeNull();
    });
  });
});
