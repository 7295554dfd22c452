// Shared jest settings: SWC transpiles TypeScript (with decorator metadata for NestJS/TypeORM).
const path = require('path');
const { pathsToModuleNameMapper } = require('./tools/ts-paths.cjs');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // otplib's audited defaults (@scure/base, @noble/hashes) ship ES modules only: SWC turns them into CommonJS
  // for jest (Node itself loads them with require since 20.19).
  transformIgnorePatterns: ['/node_modules/(?!(@scure|@noble)/)'],
  moduleNameMapper: pathsToModuleNameMapper(path.join(__dirname)),
};
