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
});
