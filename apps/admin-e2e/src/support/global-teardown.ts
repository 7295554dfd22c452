import { clearQueues, dropDatabase, log, stop, type StackState } from './stack';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __E2E_STACK__?: StackState }).__E2E_STACK__;
  if (!state) return;
  for (const pid of [...state.pids].reverse()) await stop(pid);
  if (state.queuePrefix) {
    const removed = await clearQueues(state.redisUrl, state.queuePrefix);
    log(`queue keys ${state.queuePrefix}:* removed (${removed})`);
  }
  if (state.databaseName && process.env.E2E_KEEP_DB !== '1') {
    await dropDatabase(state.serverUrl, state.databaseName);
    log(`database ${state.databaseName} dropped`);
  } else if (state.databaseName) {
    log(`database kept: ${state.databaseUrl}`);
  }
}
