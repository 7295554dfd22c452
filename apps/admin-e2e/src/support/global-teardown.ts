import { dropDatabase, log, stop, type StackState } from './stack';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __E2E_STACK__?: StackState }).__E2E_STACK__;
  if (!state) return;
  for (const pid of [...state.pids].reverse()) await stop(pid);
  if (state.databaseName && process.env.E2E_KEEP_DB !== '1') {
    await dropDatabase(state.serverUrl, state.databaseName);
    log(`database ${state.databaseName} dropped`);
  } else if (state.databaseName) {
    log(`database kept: ${state.databaseUrl}`);
  }
}
