// Integration tests on real PostgreSQL and Redis: the global setup migrates a template database once,
// each test file clones it and uses its own BullMQ key prefix.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'worker-int',
  rootDir: '../..',
  roots: ['<rootDir>/apps/worker', '<rootDir>/libs/jobs'],
  testMatch: ['**/*.int-spec.ts'],
  globalSetup: '<rootDir>/apps/worker/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/worker/test/global-teardown.ts',
  testTimeout: 30_000,
};
