import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import simpleImportSort from 'eslint-plugin-simple-import-sort';

import salesops from './tools/lint-rules/require-resolver-roles.mjs';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.angular',
      '**/test-output',
      'libs/portal/data-access/src/lib/generated.ts',
    ],
  },
  {
    // Imports in one order everywhere (side effects, node:, packages and @salesops/*, then relative),
    // kept by the linter's fix rather than by hand.
    files: ['**/*.ts', '**/*.mjs', '**/*.js', '**/*.cjs'],
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error' },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*'], message: 'Cross folders through @salesops/* aliases.' }] },
      ],
    },
  },
  {
    // Nest reads constructor parameter types at run time (emitDecoratorMetadata), so a type-only import
    // could erase an injection token: told so, consistent-type-imports leaves every file that has a
    // decorator alone and holds the rest (queries, rules, helpers) to type-only imports of types. Angular
    // injects with inject() or its own compiler; its decorated files are left alone the same way.
    files: ['libs/api/**/*.ts', 'apps/api/**/*.ts', 'libs/portal/**/*.ts', 'apps/portal/**/*.ts'],
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
  },
  {
    files: ['libs/api/**/*.resolver.ts'],
    plugins: { salesops },
    rules: { 'salesops/require-resolver-roles': 'error' },
  },
  ...angular.configs.tsRecommended.map((c) => ({
    ...c,
    files: ['apps/portal/**/*.ts', 'libs/portal/**/*.ts'],
  })),
  {
    files: ['apps/portal/**/*.ts', 'libs/portal/**/*.ts'],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'so', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'so', style: 'kebab-case' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  ...angular.configs.templateRecommended.map((c) => ({
    ...c,
    files: ['apps/portal/**/*.html', 'libs/portal/**/*.html'],
  })),
];
