module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'rights',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
