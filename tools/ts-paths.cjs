// Maps the tsconfig.base.json path aliases (@recours/*) for jest and for the TS runner.
const fs = require('fs');
const path = require('path');

function readPaths(root) {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
  return config.compilerOptions.paths;
}

function pathsToModuleNameMapper(root) {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(readPaths(root))) {
    mapper[`^${alias.replace('/', '\\/')}$`] = path.join(root, target);
  }
  return mapper;
}

module.exports = { readPaths, pathsToModuleNameMapper };
