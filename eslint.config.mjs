// Type-aware linting for the whole workspace, plus the module boundaries between apps and libs.
import tseslint from 'typescript-eslint';

const serverOnly = ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', 'argon2', 'fastify', '@fastify/*'];
const noIo = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'net', 'node:net', 'child_process', 'node:child_process'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', '**/*.js', '**/*.cjs', '**/*.mjs', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The eligibility engine is pure: no framework, no database, no I/O (its CLI, its reader of the
    // reference-case files and its tests excepted).
    files: ['libs/rights/src/**/*.ts'],
    ignores: ['libs/rights/src/cli.ts', 'libs/rights/src/reference-files.ts', 'libs/rights/src/**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...serverOnly, ...noIo] }] },
  },
  {
    files: ['libs/domain/src/**/*.ts', 'libs/jobs/src/**/*.ts'],
    ignores: ['libs/jobs/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: serverOnly }] },
  },
  {
    // Detection runs in the worker and in the seed: no framework, no driver (its store takes a pg-shaped client).
    files: ['libs/detection/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: serverOnly }] },
  },
  {
    // The back office talks to the API over HTTP only.
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...serverOnly, '**/apps/api/**', '**/apps/worker/**', '@recours/jobs', '@recours/rights/**'] },
      ],
    },
  },
);
