/**
 * Vite plugin: writes a gzip copy (<file>.gz) of every compressible build file that gzip makes
 * smaller (small chunks too: the first view's smallest are 0.2–0.9 KB, and sent as they were
 * they weighed 0.5 KB more than compressed), and makes `vite preview` serve those copies as they are, the way production static
 * hosts do (nginx gzip_static, most CDNs). Without it the preview server compresses on every
 * request: 150 ms of server time for the 11 MB story of the 10,000-event benchmark dataset.
 * The pages (HTML, with their prerendered first views) are compressed with Zopfli
 * (@gfx/zopfli, WebAssembly): still gzip, about 4 % smaller than zlib's -9, and it is the file
 * every reader waits for before the first paint; the rest stays zlib -9 (Zopfli takes seconds
 * per file, and the map's megabyte would add a minute to every build).
 */
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/** Zopfli's passes: 3 gives nearly all of what its default 15 does, in a fifth of the time. */
const ZOPFLI_ITERATIONS = 3;

export function precompressed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompressed',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      for (const name of Object.keys(bundle)) {
        if (!TYPES[extname(name)]) continue;
        const path = join(dir, name);
        const source = readFileSync(path);
        const gz = name.endsWith('.html') ? Buffer.from(await gzipAsync(source, { numiterations: ZOPFLI_ITERATIONS })) : gzipSync(source, { level: 9 });
        if (gz.length < source.length) writeFileSync(`${path}.gz`, gz);
      }
    },
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir);
      const headers = server.config.preview.headers ?? {};
      // Registered before Vite's own compression, so a precompressed copy is sent untouched.
      server.middlewares.use((req, res, next) => {
        const asked = decodeURIComponent((req.url ?? '').split('?')[0]!);
        const path = asked.endsWith('/') ? `${asked}index.html` : asked;
        const type = TYPES[extname(path)];
        if (!type || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) || path.includes('..')) return next();
        const file = join(dir, path);
        if (!existsSync(`${file}.gz`)) return next();
        for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v as string);
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', statSync(`${file}.gz`).size);
        res.setHeader('Cache-Control', 'no-cache');
        if (req.method === 'HEAD') return res.end();
        createReadStream(`${file}.gz`).pipe(res);
      });
    },
  };
}
