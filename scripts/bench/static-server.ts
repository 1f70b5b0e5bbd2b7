/**
 * A static server for the benchmark's TimelineJS page, on 127.0.0.1 and a free port, that
 * treats transfers as our `vite preview` does (scripts/precompressed.ts and Vite's own
 * compression middleware), so both products get the same treatment:
 * - a file with a precompressed `<file>.gz` copy (gzip -9) is sent as that copy;
 * - else a compressible type (text, javascript, json, xml: Vite's test) of 1 KB or more is
 *   gzipped on the fly at zlib's default level, as Vite's middleware does;
 * - else (fonts, small files) as it is;
 * and every response says `Cache-Control: no-cache`. `pages` adds HTML pages that are not files
 * (the bare first view, bare-view.ts), served with the same treatment.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};
const COMPRESSIBLE = /text|javascript|\/json|xml/i;

export async function serveStatic(dir: string, pages: Record<string, string> = {}): Promise<{ server: Server; origin: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (path.endsWith('/')) path += 'index.html';
    const page = pages[path];
    const file = normalize(join(root, path));
    if (page === undefined && (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile())) {
      res.writeHead(404).end();
      return;
    }
    const type = page === undefined ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html']!;
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-cache');
    let body = page === undefined ? readFileSync(file) : Buffer.from(page);
    if (page === undefined && gzip && existsSync(`${file}.gz`)) {
      body = readFileSync(`${file}.gz`);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    } else if (gzip && COMPRESSIBLE.test(type) && body.length >= 1024) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
