import net from 'node:net';

/**
 * A TCP port nothing listens on right now, chosen by the system: for a test that needs a closed port
 * (a Redis that is down) or a server of its own. Never a fixed number, which another process may hold.
 */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
