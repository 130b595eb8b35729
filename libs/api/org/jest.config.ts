export default {
  displayName: 'api-org',
  preset: '../../../jest.preset.js',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  coverageDirectory: '../../../coverage/libs/api/org',
};
