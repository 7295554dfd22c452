// Nx must not answer from its cache after a library an app imports has changed: the targets' inputs
// include their dependencies' files (`^default` in nx.json) and the dependencies are inferred from the
// imports (`pluginsConfig.@nx/js.analyzeSourceFiles`). Checked on a copy of the workspace, with the real
// nx.json and project.json files, where each typecheck command is replaced by an `echo` so that only
// Nx's caching decisions are timed, not TypeScript.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
let copy: string;

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'recours-nx-cache-'));
  const skipped = new Set(['node_modules', '.git', '.nx', 'dist', 'coverage', 'test-results']);
  fs.cpSync(root, copy, { recursive: true, filter: (source) => !skipped.has(path.basename(source)) });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  for (const dir of ['apps', 'libs']) {
    for (const name of fs.readdirSync(path.join(copy, dir))) {
      const file = path.join(copy, dir, name, 'project.json');
      if (!fs.existsSync(file)) continue;
      const project = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!project.targets?.typecheck) continue;
      project.targets.typecheck.options = { command: `echo typecheck ${project.name}` };
      fs.writeFileSync(file, JSON.stringify(project));
    }
  }
});

afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

/** Runs the typecheck of the given projects in the copy; tells, per project, whether Nx took it from its cache. */
function typecheck(projects: string[]): Record<string, 'cache' | 'ran'> {
  const env: NodeJS.ProcessEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_SKIP_NX_CACHE: 'false' };
  delete env.NX_CACHE_DIRECTORY;
  const output = execFileSync(path.join(copy, 'node_modules/.bin/nx'), ['run-many', '-t', 'typecheck', '-p', projects.join(','), '--outputStyle=static'], {
    cwd: copy,
    env,
    encoding: 'utf8',
  });
  const result: Record<string, 'cache' | 'ran'> = {};
  for (const [, project, note] of output.matchAll(/^> nx run ([\w-]+):typecheck *(\[.*\])?$/gm)) {
    result[project] = note?.includes('cache') ? 'cache' : 'ran';
  }
  return result;
}

function edit(file: string) {
  fs.appendFileSync(path.join(copy, file), `\nexport const nxCacheProbe${Date.now()} = 1;\n`);
}

it('an edited library invalidates the cached typecheck of every app that imports it, directly or not', () => {
  const apps = ['api', 'worker', 'admin'];
  typecheck(apps);
  expect(typecheck(apps)).toEqual({ api: 'cache', worker: 'cache', admin: 'cache' });

  edit('libs/outreach-sql/src/index.ts');
  expect(typecheck(apps)).toEqual({ api: 'ran', worker: 'ran', admin: 'cache' });

  edit('libs/rights/src/index.ts'); // imported by libs/detection, which the API and the worker import
  expect(typecheck(apps)).toEqual({ api: 'ran', worker: 'ran', admin: 'cache' });

  edit('libs/domain/src/index.ts');
  expect(typecheck(apps)).toEqual({ api: 'ran', worker: 'ran', admin: 'ran' });

  edit('apps/worker/src/main.ts'); // an app is no input of another app
  expect(typecheck(apps)).toEqual({ api: 'cache', worker: 'ran', admin: 'cache' });
}, 120_000);
