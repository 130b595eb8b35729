export default {
  displayName: 'api-goals',
  preset: '../../../jest.preset.js',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  coverageDirectory: '../../../coverage/libs/api/goals',
};
