export default {
  displayName: 'portal-e2e',
  preset: '../../jest.preset.js',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  // Photographs the open pages of a failed test before its afterEach closes them.
  testEnvironment: '<rootDir>/src/environment.ts',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/require-server.ts',
  testTimeout: 120000,
};
