/**
 * A static file server for a built site, on a free local port: `/a/` serves `/a/index.html`, a
 * path without extension serves `<path>.html` (VitePress's clean URLs), anything else 404.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => void respond(root, request.url ?? '/', response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function respond(root: string, url: string, response: ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  const candidates = pathname.endsWith('/')
    ? [`${pathname}index.html`]
    : path.extname(pathname) === ''
      ? [`${pathname}.html`, `${pathname}/index.html`]
      : [pathname];
  for (const candidate of candidates) {
    const file = path.join(root, path.normalize(candidate));
    if (!file.startsWith(root)) break;
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
      return;
    } catch {
      // try the next candidate
    }
  }
  response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}
