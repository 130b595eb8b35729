// Shared jest settings: every project maps the @salesops/* aliases the same way the compiler does.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'html', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: __dirname + '/' }),
  coverageReporters: ['text-summary', 'html'],
  // The failed tests again, one line each, for the summary at the end of `npm test`.
  reporters: ['default', require.resolve('./tools/test/failure-reporter.cjs')],
};
