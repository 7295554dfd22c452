// Starts and stops what the journeys run against: a throw-away database and queue prefix, the API,
// the worker and the built back office served by `vite preview`. Only processes started here are
// ever stopped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../../..');
export const RESULTS_DIR = path.join(ROOT, 'test-results/admin-e2e');
const LOG_DIR = path.join(RESULTS_DIR, 'logs');

export interface StackState {
  databaseUrl: string;
  databaseName: string;
  serverUrl: string;
  apiUrl: string;
  adminUrl: string;
  redisUrl: string;
  /** QUEUE_PREFIX shared by the API and the worker of this run. */
  queuePrefix: string;
  pids: number[];
}

const SERVER_URL = process.env.E2E_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

export const urlForDatabase = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

// The few pg calls used here, typed locally (the workspace has no @types/pg).
interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client } = require('pg') as { Client: new (config: { connectionString: string }) => PgClient };

const withClient = async <T>(url: string, fn: (client: PgClient) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

export const createDatabase = async (): Promise<{ name: string; url: string }> => {
  const name = `recours_e2e_${randomBytes(4).toString('hex')}`;
  await withClient(SERVER_URL, (c) => c.query(`CREATE DATABASE "${name}"`));
  return { name, url: urlForDatabase(SERVER_URL, name) };
};

export const dropDatabase = async (serverUrl: string, name: string) => {
  if (!/^recours_e2e_[0-9a-f]+$/.test(name)) throw new Error(`Refusing to drop ${name}`);
  await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
};

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Runs a command to completion (migrations, seed, build); throws with its output on failure. */
export const run = (label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${label} failed (${command} ${args.join(' ')}):\n${result.stdout}\n${result.stderr}`);
  }
  log(`${label}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

/** Starts a long-running process in its own process group, logging to test-results/. */
export const start = (name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess => {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  child.unref();
  log(`${name}: started (pid ${child.pid}), log in ${path.relative(ROOT, logFile)}`);
  return child;
};

export const logTail = (name: string, lines = 40) => {
  try {
    return fs.readFileSync(path.join(LOG_DIR, `${name}.log`), 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
};

export const waitFor = async (name: string, url: string, child: ChildProcess, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${logTail(name)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} not ready at ${url} after ${timeoutMs / 1000} s:\n${logTail(name)}`);
};

/** Waits until a started process writes a line matching `pattern` to its log. */
export const waitForLog = async (name: string, pattern: RegExp, child: ChildProcess, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${logTail(name)}`);
    if (pattern.test(logTail(name, 200))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not log ${pattern} after ${timeoutMs / 1000} s:\n${logTail(name)}`);
};

export const newestMtime = (dir: string): number => {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
};

/**
 * The app's tsc build when it exists and is newer than its sources (CI builds first), else its
 * sources through SWC: a stale build would run yesterday's code against today's migrations.
 */
export const builtOrSources = (name: string, built: string, sourceDirs: string[], runTs: string, source: string): string[] => {
  const builtPath = path.join(ROOT, built);
  if (fs.existsSync(builtPath)) {
    const sources = Math.max(...sourceDirs.map((d) => newestMtime(path.join(ROOT, d))));
    if (fs.statSync(builtPath).mtimeMs >= sources) {
      log(`${name} from the build in dist/`);
      return [builtPath];
    }
    log(`${name}: the build in dist/ is older than its sources, running the sources`);
  } else {
    log(`${name} from the sources (no build in dist/)`);
  }
  return [runTs, source];
};

// The few ioredis calls used here, typed locally.
interface RedisClient {
  scan(cursor: string, ...args: Array<string | number>): Promise<[string, string[]]>;
  del(...keys: string[]): Promise<number>;
  quit(): Promise<unknown>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Redis = require('ioredis') as new (url: string, options: object) => RedisClient;

/** Deletes the BullMQ keys of this run (`<prefix>:*`); returns how many. */
export const clearQueues = async (redisUrl: string, prefix: string): Promise<number> => {
  if (!/^recours_e2e_[0-9a-f]+$/.test(prefix)) throw new Error(`Refusing to clear ${prefix}:*`);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  let removed = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) removed += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
  return removed;
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM the process group we started, then SIGKILL whatever is left after a grace period. */
export const stop = async (pid: number) => {
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  for (let i = 0; i < 40 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) signalGroup('SIGKILL');
};

export const log = (message: string) => {
  if (process.env.E2E_QUIET !== '1') process.stderr.write(`[admin-e2e] ${message}\n`);
};
