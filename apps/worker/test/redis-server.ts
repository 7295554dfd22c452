// A private redis-server for fault tests: killed, restarted empty and flushed at will, on a port of
// its own (the shared Redis of 6379 is never flushed nor restarted).
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '@recours/testing';
import IORedis from 'ioredis';

export interface PrivateRedis {
  url: string;
  port: number;
  /** SIGKILL: every connection drops, nothing is saved (no RDB, no AOF). */
  kill(): Promise<void>;
  /** Starts again on the same port, empty. */
  start(): Promise<void>;
  /** Starts it again if a test left it killed (so the next test and the worker's close can proceed). */
  ensureRunning(): Promise<void>;
  /** FLUSHALL on this private server only, connections kept. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let proc: ChildProcess | undefined;
  const url = `redis://127.0.0.1:${port}`;
  const start = async () => {
    const p = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'], {
      stdio: 'ignore',
    });
    proc = p;
    const deadline = Date.now() + 5_000;
    for (;;) {
      const probe = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        return;
      } catch {
        probe.disconnect();
        if (p.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server on port ${port} did not start`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const kill = async () => {
    const p = proc;
    proc = undefined;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url,
    port,
    kill,
    start,
    ensureRunning: async () => {
      if (!proc || proc.exitCode !== null) await start();
    },
    async flush() {
      const c = new IORedis(url, { maxRetriesPerRequest: 1 });
      await c.flushall();
      c.disconnect();
    },
    stop: kill,
  };
}
