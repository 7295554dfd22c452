// Integration tests: *.int-spec.ts against real PostgreSQL and Redis. The global setup migrates a
// template database once; each test file clones it (see test/test-app.ts).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api-int',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
  // content-disposition 3 (under @fastify/static, used by the queue dashboard) ships ES modules only:
  // Node ≥ 20.19 requires them natively, jest's runtime needs them transpiled.
  transformIgnorePatterns: ['/node_modules/(?!(@fastify/static/node_modules/)?content-disposition/|@scure/|@noble/)'],
};
