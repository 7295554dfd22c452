// Unit tests of the detection library: hand-made household snapshots, no database.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'detection',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
