import fs from 'node:fs';
import path from 'node:path';
import {
  builtOrSources,
  clearQueues,
  createDatabase,
  dropDatabase,
  freePort,
  log,
  newestMtime,
  ROOT,
  run,
  start,
  stop,
  waitFor,
  waitForLog,
  type StackState,
} from './stack';

const NODE = process.execPath;
const RUN_TS = path.join(ROOT, 'tools/run-ts.cjs');
const ADMIN_DIST = path.join(ROOT, 'dist/apps/admin/index.html');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const REDIS_URL = process.env.E2E_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export default async function globalSetup(): Promise<void> {
  const state: StackState = {
    databaseUrl: '',
    databaseName: '',
    serverUrl: process.env.E2E_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/postgres',
    apiUrl: '',
    adminUrl: '',
    redisUrl: REDIS_URL,
    queuePrefix: '',
    pids: [],
  };
  // Read by global-teardown (same process).
  (globalThis as { __E2E_STACK__?: StackState }).__E2E_STACK__ = state;
  try {
    const db = await createDatabase();
    // The API enqueues and the worker consumes under this prefix: no other run's jobs are seen.
    Object.assign(state, { databaseUrl: db.url, databaseName: db.name, queuePrefix: db.name });
    log(`database ${db.name} created`);
    const dbEnv = { DATABASE_URL: db.url, NODE_ENV: 'test' };
    run('migrations', NODE, [RUN_TS, 'apps/api/src/cli/db.ts', 'migrate'], dbEnv);
    run('demo seed', NODE, [RUN_TS, 'apps/api/src/seed/seed.ts'], dbEnv);

    const adminStale = () =>
      fs.statSync(ADMIN_DIST).mtimeMs < Math.max(newestMtime(path.join(ROOT, 'apps/admin/src')), newestMtime(path.join(ROOT, 'libs/domain/src')));
    if (!fs.existsSync(ADMIN_DIST) || process.env.E2E_BUILD_ADMIN === '1' || adminStale()) {
      // NODE_ENV=test (set by jest) would bundle React's development build: measure what users get.
      run('admin build', NODE, [VITE, 'build', '--config', 'apps/admin/vite.config.ts', '--logLevel', 'warn'], { NODE_ENV: 'production' });
    }

    const [apiPort, adminPort] = [await freePort(), await freePort()];
    state.apiUrl = `http://127.0.0.1:${apiPort}`;
    state.adminUrl = `http://127.0.0.1:${adminPort}`;

    const adminOrigin = `http://127.0.0.1:${adminPort}`;
    const queueEnv = { REDIS_URL, QUEUE_PREFIX: state.queuePrefix };
    const apiArgs = builtOrSources('api', 'dist/apps/api/apps/api/src/main.js', ['apps/api/src', 'libs'], RUN_TS, 'apps/api/src/main.ts');
    const api = start('api', NODE, apiArgs, {
      ...dbEnv,
      ...queueEnv,
      PORT: String(apiPort),
      ADMIN_ORIGIN: adminOrigin,
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.E2E_API_LOG_LEVEL ?? 'warn',
    });
    state.pids.push(api.pid!);
    // Detection after each household change and campaign launches run in the worker.
    const workerArgs = builtOrSources('worker', 'dist/apps/worker/apps/worker/src/main.js', ['apps/worker/src', 'libs'], RUN_TS, 'apps/worker/src/main.ts');
    const worker = start('worker', NODE, workerArgs, {
      ...dbEnv,
      ...queueEnv,
      LOG_LEVEL: process.env.E2E_WORKER_LOG_LEVEL ?? 'info',
      // The seed has just run detection on every household: a start-up sweep would only queue
      // ~300 jobs ahead of the ones the journeys wait for.
      DETECTION_SWEEP_ON_START: 'false',
      // Screens an import's households 100 at a time: the import journey sees its progress bar move.
      IMPORT_DETECT_BATCH: '100',
      // The dashboard journey compares the rollups with the live lists after other journeys' changes.
      STATS_REFRESH_EVERY_MS: '5000',
    });
    state.pids.push(worker.pid!);
    const admin = start(
      'admin',
      NODE,
      [VITE, 'preview', '--config', 'apps/admin/vite.config.ts', '--port', String(adminPort), '--strictPort'],
      { API_URL: state.apiUrl },
    );
    state.pids.push(admin.pid!);

    await waitFor('api', `${state.apiUrl}/api/health`, api);
    await waitForLog('worker', /worker started/, worker);
    // Through the preview proxy: proves the admin can reach the API.
    await waitFor('admin', `${state.adminUrl}/api/health`, admin);
    log(`ready: admin ${state.adminUrl} → API ${state.apiUrl} + worker, database and queue prefix ${db.name}`);

    process.env.E2E_ADMIN_URL = state.adminUrl;
    process.env.E2E_API_URL = state.apiUrl;
    process.env.E2E_DATABASE_URL = state.databaseUrl;
  } catch (error) {
    // Jest skips globalTeardown when globalSetup throws: clean up here.
    for (const pid of state.pids) await stop(pid);
    if (state.databaseName) await dropDatabase(state.serverUrl, state.databaseName).catch(() => undefined);
    if (state.queuePrefix) await clearQueues(state.redisUrl, state.queuePrefix).catch(() => undefined);
    throw error;
  }
}

