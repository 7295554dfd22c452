// Resolves `@recours/<lib>` when an app runs from its tsc build (dist/apps/<app>/), where tsconfig
// paths are not rewritten: looks for libs/<lib>/src/index up the tree from the requiring file.
// From source (swc-node, jest) the aliases already resolve and this hook is never reached.
// Import it first, by relative path, in every entry point that may run from dist.
import Module from 'node:module';
import path from 'node:path';

type Resolve = (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;
const mod = Module as unknown as { _resolveFilename: Resolve & { recoursPatched?: boolean } };
const original = mod._resolveFilename;

function resolveFromLibs(this: unknown, name: string, parent: { filename?: string } | undefined, rest: unknown[]): string | undefined {
  if (!parent?.filename) return undefined;
  for (let dir = path.dirname(parent.filename); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      return original.call(this, path.join(dir, 'libs', name, 'src', 'index'), parent, ...rest);
    } catch {
      // not at this level: keep walking up
    }
  }
  return undefined;
}

if (!original.recoursPatched) {
  const patched: Resolve = function (this: unknown, request, parent, ...rest) {
    try {
      return original.call(this, request, parent, ...rest);
    } catch (err) {
      const match = /^@recours\/([a-z0-9-]+)$/.exec(request);
      const found = match && resolveFromLibs.call(this, match[1], parent, rest);
      if (found) return found;
      throw err;
    }
  };
  (patched as typeof mod._resolveFilename).recoursPatched = true;
  mod._resolveFilename = patched as typeof mod._resolveFilename;
}
