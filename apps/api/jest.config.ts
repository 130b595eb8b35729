export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  coverageDirectory: '../../coverage/apps/api',
  // Integration tests share one PostgreSQL database per run (see tools/scripts/test.mjs).
  testTimeout: 30000,
};
