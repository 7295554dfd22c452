// Back-office journeys: Chromium (Debian's, driven by playwright-core) against the built admin
// served by `vite preview`, proxying to the real API on a fresh, migrated and seeded database.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'admin-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testEnvironment: '<rootDir>/src/support/environment.js',
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
  slowTestThreshold: 30,
};
