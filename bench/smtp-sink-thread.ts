// The benchmarks' SMTP server in a thread of its own: the in-process sink (libs/testing) parses every
// e-mail, and on the benchmark's main thread that parsing competed for the CPU with the worker under
// test (the sink alone topped out near the rate it was measuring). Here it counts into shared memory.
import '../libs/runtime/src/register-aliases';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import path from 'node:path';

export type SinkThread = Readonly<{ url: string; received(): number; close(): Promise<void> }>;

/** Starts the sink in a worker thread; `received()` reads its count without a message round trip. */
export async function startSinkThread(): Promise<SinkThread> {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(path.join(__dirname, '../tools/run-ts.cjs'), { argv: [__filename], workerData: { counter: counter.buffer } });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('message', (m: { url: string }) => resolve(m.url));
    worker.once('error', reject);
  });
  return {
    url,
    received: () => Atomics.load(counter, 0),
    close: async () => {
      await worker.terminate();
    },
  };
}

async function runInThread(): Promise<void> {
  const { startSmtpSink } = await import('@recours/testing');
  const counter = new Int32Array(workerData.counter as SharedArrayBuffer);
  const sink = await startSmtpSink();
  setInterval(() => Atomics.store(counter, 0, sink.received.length), 5);
  parentPort?.postMessage({ url: sink.url });
}

if (parentPort && workerData?.counter) void runInThread();
