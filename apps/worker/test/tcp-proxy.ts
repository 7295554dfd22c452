// A TCP proxy the test can cut: every connection through it is destroyed and new ones are refused
// until restored — to the worker, exactly what a PostgreSQL restart looks like, without touching the
// shared server.
import net from 'node:net';
import { freePort } from '@recours/testing';

export interface TcpProxy {
  port: number;
  /** Connections currently open through the proxy. */
  readonly open: number;
  /** Destroys every connection (both sides) and refuses new ones. */
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const closeServer = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  await listen();
  return {
    port,
    get open() {
      return sockets.size;
    },
    async cut() {
      const closing = closeServer();
      for (const s of sockets) s.destroy();
      await closing;
    },
    restore: listen,
    async close() {
      const closing = closeServer();
      for (const s of sockets) s.destroy();
      await closing;
    },
  };
}
