/**
 * Vite plugin: writes a gzip -9 copy (<file>.gz) of every compressible build file of 1 KB or
 * more, and makes `vite preview` serve those copies as they are, the way production static
 * hosts do (nginx gzip_static, most CDNs). Without it the preview server compresses on every
 * request: 150 ms of server time for the 11 MB story of the 10,000-event benchmark dataset.
 */
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export function precompressed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompressed',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      for (const name of Object.keys(bundle)) {
        if (!TYPES[extname(name)]) continue;
        const path = join(dir, name);
        const source = readFileSync(path);
        if (source.length >= 1024) writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
      }
    },
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir);
      const headers = server.config.preview.headers ?? {};
      // Registered before Vite's own compression, so a precompressed copy is sent untouched.
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
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
