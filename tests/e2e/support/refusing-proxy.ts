import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RefusingProxy {
  readonly port: number;
  /** Every address the browser tried to reach beyond the machine, in order. */
  readonly attempts: readonly string[];
  close(): Promise<void>;
}

/**
 * A proxy on 127.0.0.1 that refuses everything and writes down what was asked. A browser set to use
 * it for all outside traffic fails at once instead of waiting on the network, and the test can show
 * that nothing tried to leave the machine (loopback never goes through a proxy).
 */
export async function refusingProxy(): Promise<RefusingProxy> {
  const attempts: string[] = [];
  const server: Server = createServer((request, response) => {
    attempts.push(request.url ?? '');
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    attempts.push(`https://${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
