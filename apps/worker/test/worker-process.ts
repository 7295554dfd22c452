// The real worker entry (apps/worker/src/main.ts, through tools/run-ts.cjs) as a child process, for
// fault tests that kill it (SIGKILL: no shutdown hook, no cleanup) and start it again.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

export interface WorkerProcess {
  readonly pid: number;
  /** Everything it wrote (JSON log lines), for the failure message. */
  readonly output: string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function spawnWorkerProcess(env: Record<string, string>): WorkerProcess {
  let output = '';
  const proc: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'tools/run-ts.cjs'), path.join(ROOT, 'apps/worker/src/main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  proc.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    pid: proc.pid ?? -1,
    get output() {
      return output;
    },
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}
