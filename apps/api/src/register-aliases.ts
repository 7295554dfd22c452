// Resolves `@recours/<lib>` at runtime when the API runs from its tsc build (dist), where
// tsconfig paths are not applied. From source (swc-node, jest) the aliases already resolve.
// apps/api/src → ../../../libs works from both the source tree and dist/apps/api/apps/api/src.
import Module from 'node:module';
import path from 'node:path';

type Resolve = (request: string, ...rest: unknown[]) => string;
const mod = Module as unknown as { _resolveFilename: Resolve };
const original = mod._resolveFilename;
const libs = path.resolve(__dirname, '../../../libs');

if (!(original as { recoursPatched?: boolean }).recoursPatched) {
  const patched: Resolve = function (this: unknown, request, ...rest) {
    const match = /^@recours\/([a-z0-9-]+)$/.exec(request);
    if (match) {
      try {
        return original.call(this, request, ...rest);
      } catch {
        return original.call(this, path.join(libs, match[1], 'src', 'index'), ...rest);
      }
    }
    return original.call(this, request, ...rest);
  };
  (patched as { recoursPatched?: boolean }).recoursPatched = true;
  mod._resolveFilename = patched;
}
