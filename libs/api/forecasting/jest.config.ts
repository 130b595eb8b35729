export default {
  displayName: 'api-forecasting',
  preset: '../../../jest.preset.js',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  coverageDirectory: '../../../coverage/libs/api/forecasting',
};
