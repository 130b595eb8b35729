export default {
  displayName: 'api-pipeline',
  preset: '../../../jest.preset.js',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  coverageDirectory: '../../../coverage/libs/api/pipeline',
};
