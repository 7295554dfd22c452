// Unit tests of the back office's pure helpers (formatting, error mapping); screens are covered
// by the Chromium journeys in apps/admin-e2e.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'admin',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
