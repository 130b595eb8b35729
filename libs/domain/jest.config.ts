export default {
  displayName: 'domain',
  preset: '../../jest.preset.js',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', isolatedModules: true }] },
  coverageDirectory: '../../coverage/libs/domain',
};
