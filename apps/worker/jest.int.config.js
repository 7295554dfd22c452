module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'worker-int',
  rootDir: '../..',
  roots: ['<rootDir>/apps/worker', '<rootDir>/libs/jobs'],
  testMatch: ['**/*.int-spec.ts'],
  testTimeout: 30_000,
};
