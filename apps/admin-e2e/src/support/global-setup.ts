import fs from 'node:fs';
import path from 'node:path';
import {
  createDatabase,
  dropDatabase,
  freePort,
  log,
  ROOT,
  run,
  start,
  stop,

  waitFor,
  type StackState,
} from './stack';

const NODE = process.execPath;
const RUN_TS = path.join(ROOT, 'tools/run-ts.cjs');
const ADMIN_DIST = path.join(ROOT, 'dist/apps/admin/index.html');
// `nx run api:build` (tsc from the workspace root) keeps the source tree under dist/apps/api.
const API_DIST = path.join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

/** The built API when there is one (CI builds it first), else the sources through SWC. */
const apiCommand = (): string[] => (fs.existsSync(API_DIST) ? [API_DIST] : [RUN_TS, 'apps/api/src/main.ts']);

export default async function globalSetup(): Promise<void> {
  const state: StackState = {
    databaseUrl: '',
    databaseName: '',
    serverUrl: process.env.E2E_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/postgres',
    apiUrl: '',
    adminUrl: '',
    pids: [],
  };
  // Read by global-teardown (same process).
  (globalThis as { __E2E_STACK__?: StackState }).__E2E_STACK__ = state;
  try {
    const db = await createDatabase();
    Object.assign(state, { databaseUrl: db.url, databaseName: db.name });
    log(`database ${db.name} created`);
    const dbEnv = { DATABASE_URL: db.url, NODE_ENV: 'test' };
    run('migrations', NODE, [RUN_TS, 'apps/api/src/cli/db.ts', 'migrate'], dbEnv);
    run('demo seed', NODE, [RUN_TS, 'apps/api/src/seed/seed.ts'], dbEnv);

    if (!fs.existsSync(ADMIN_DIST) || process.env.E2E_BUILD_ADMIN === '1') {
      run('admin build', NODE, [VITE, 'build', '--config', 'apps/admin/vite.config.ts', '--logLevel', 'warn']);
    }

    const [apiPort, adminPort] = [await freePort(), await freePort()];
    state.apiUrl = `http://127.0.0.1:${apiPort}`;
    state.adminUrl = `http://127.0.0.1:${adminPort}`;

    const adminOrigin = `http://127.0.0.1:${adminPort}`;
    const apiArgs = apiCommand();
    log(`API from ${apiArgs[0] === API_DIST ? 'the build in dist/' : 'the sources (no build in dist/)'}`);
    const api = start('api', NODE, apiArgs, {
      ...dbEnv,
      PORT: String(apiPort),
      ADMIN_ORIGIN: adminOrigin,
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.E2E_API_LOG_LEVEL ?? 'warn',
    });
    state.pids.push(api.pid!);
    const admin = start(
      'admin',
      NODE,
      [VITE, 'preview', '--config', 'apps/admin/vite.config.ts', '--port', String(adminPort), '--strictPort'],
      { API_URL: state.apiUrl },
    );
    state.pids.push(admin.pid!);

    await waitFor('api', `${state.apiUrl}/api/health`, api);
    // Through the preview proxy: proves the admin can reach the API.
    await waitFor('admin', `${state.adminUrl}/api/health`, admin);
    log(`ready: admin ${state.adminUrl} → API ${state.apiUrl}, database ${db.name}`);

    process.env.E2E_ADMIN_URL = state.adminUrl;
    process.env.E2E_API_URL = state.apiUrl;
    process.env.E2E_DATABASE_URL = state.databaseUrl;
  } catch (error) {
    // Jest skips globalTeardown when globalSetup throws: clean up here.
    for (const pid of state.pids) await stop(pid);
    if (state.databaseName) await dropDatabase(state.serverUrl, state.databaseName).catch(() => undefined);
    throw error;
  }
}

