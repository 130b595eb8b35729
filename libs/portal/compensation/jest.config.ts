// A file, not the folder, and its default export: Node 22.18+ loads this config as an ES module, which
// cannot import a folder and sees no named exports in this CommonJS module.
import presets from 'jest-preset-angular/presets/index.js';

// The workspace preset maps the @salesops/* aliases; jest-preset-angular adds the Angular transform and jsdom.
export default {
  displayName: 'portal-compensation',
  preset: '../../../jest.preset.js',
  ...presets.createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/portal/compensation',
};
