#!/usr/bin/env node
// Runs a TypeScript entry point without a build step (CLI tools, seeds, benchmarks).
// Usage: node tools/run-ts.cjs path/to/file.ts [args...]
const path = require('path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
const [, , entry, ...args] = process.argv;
if (!entry) {
  console.error('usage: run-ts <file.ts> [args...]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...args];
require(path.resolve(entry));
