// Type-aware linting for the whole workspace, plus the module boundaries between apps and libs
// (docs/architecture.md explains them; tools/lint-rules.spec.ts proves each one fails a bad import).
import nx from '@nx/eslint-plugin';
import { createProjectGraphAsync } from '@nx/devkit';
import tseslint from 'typescript-eslint';

// The boundary rule reads Nx's cached project graph and silently skips itself when there is none (a
// fresh clone) or checks stale tags: build the graph first (well under a second once cached).
process.env.NX_DAEMON ??= 'false';
await createProjectGraphAsync({ exitOnError: true });

const serverOnly = ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', 'argon2', 'fastify', '@fastify/*'];
const noIo = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'net', 'node:net', 'child_process', 'node:child_process'];

/**
 * Tags live in each project.json:
 * - type:app | type:lib | type:e2e — apps and e2e suites are never imported;
 * - scope:api | scope:worker | scope:admin | scope:shared — an app imports shared libs and itself only,
 *   so the API and the worker never import each other;
 * - platform:browser (the back office) may only use platform:any libs (no Node, no server code);
 * - deps:none (the eligibility engine) depends on no other project.
 * Relative or absolute imports into another project fail whatever the tags.
 */
const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api'] },
  { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:shared', 'scope:worker'] },
  { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:shared', 'scope:admin'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'platform:browser', onlyDependOnLibsWithTags: ['platform:any'] },
  { sourceTag: 'platform:any', onlyDependOnLibsWithTags: ['platform:any'] },
  { sourceTag: 'deps:none', onlyDependOnLibsWithTags: [] },
];
const boundaries = (allow = []) => ['error', { allow, depConstraints, enforceBuildableLibDependency: false }];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', '**/*.js', '**/*.cjs', '**/*.mjs', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': boundaries(),
    },
  },
  {
    // The entry points of the API and the worker import the alias resolver by its path: `@recours/*`
    // cannot resolve before it has run. Jest's global setup gets no module mapper either.
    files: ['apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries([
        '^(\\.\\./)+libs/runtime/src/register-aliases$',
        '^(\\.\\./)+libs/testing/src/scratch-database$',
      ]),
    },
  },
  {
    // The engine's specs reuse the benchmark's household generator (bench/ is not a project).
    files: ['libs/rights/src/**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(['^(\\.\\./)+bench/rights-households$']) },
  },
  {
    // The eligibility engine is pure: no framework, no database, no I/O (its CLI, its reader of the
    // reference-case files and its tests excepted).
    files: ['libs/rights/src/**/*.ts'],
    ignores: ['libs/rights/src/cli.ts', 'libs/rights/src/reference-files.ts', 'libs/rights/src/**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...serverOnly, ...noIo] }] },
  },
  {
    // Shared vocabulary, imported by the back office too: no server package.
    files: ['libs/domain/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: serverOnly }] },
  },
  {
    // Queues and job definitions: BullMQ and its Redis client, but no framework, ORM or database driver
    // (a job carries ids; the processor, in the worker, does the work).
    files: ['libs/jobs/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: serverOnly.filter((p) => p !== 'bullmq' && p !== 'ioredis') }] },
  },
  {
    // Detection runs in the worker and in the seed: no framework, no driver (its store takes a pg-shaped client).
    files: ['libs/detection/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: serverOnly }] },
  },
  {
    // The back office talks to the API over HTTP only (server projects are kept out by the boundaries above).
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: serverOnly }] },
  },
);
