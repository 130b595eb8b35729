import { createCjsPreset } from 'jest-preset-angular/presets';

// The workspace preset maps the @salesops/* aliases; jest-preset-angular adds the Angular transform and jsdom.
export default {
  displayName: 'portal-compensation',
  preset: '../../../jest.preset.js',
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/portal/compensation',
};
