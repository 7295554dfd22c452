// Resolves `@recours/<lib>` for apps run from their tsc build (dist/apps/<app>/), where tsconfig
// paths are not rewritten: looks for libs/<lib>/src/index.js up the tree from the requiring file.
// Usage: node -r ./tools/register-aliases.cjs dist/apps/worker/apps/worker/src/main.js
const Module = require('module');
const path = require('path');
const fs = require('fs');

const original = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const match = /^@recours\/([a-z0-9-]+)$/.exec(request);
  if (match && parent && parent.filename) {
    for (let dir = path.dirname(parent.filename); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'libs', match[1], 'src', 'index.js');
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return original.call(this, request, parent, ...rest);
};
