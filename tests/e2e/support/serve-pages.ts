import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/** The test pages kept in the repository, the folder most e2e files serve. */
export const PAGES = resolve('tests/fixtures/pages');

export interface PageServer {
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf' };

export interface ServeOptions {
  /** Extra response headers, e.g. a CSP that keeps a saved page's own scripts from running. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A path whose page starts and never finishes, like a frame of an advert server that stalls. */
  readonly stall?: string;
}

/** Serves a folder of test pages on 127.0.0.1 only, on a free port. */
export async function servePages(folder: string, options: ServeOptions = {}): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === options.stall) {
      response.writeHead(200, { 'content-type': TYPES['.html'] ?? 'text/html' });
      response.write('<!doctype html><p>Advertentie wordt geladen');
      return;
    }
    readFile(join(folder, path))
      .then((body) => {
        response.writeHead(200, { ...options.headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(404).end('not found');
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A stalled page's response is still open, and close() would wait for it for good.
        server.closeAllConnections();
      }),
  };
}
