// Tests of the workspace's own tooling: the lint boundaries, the Nx cache inputs, the Docker files.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'tools',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testTimeout: 60_000,
};
