module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'outreach-sql',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
