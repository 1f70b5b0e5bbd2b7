/**
 * What a reader downloads, from the build's manifest: the files each page needs before the
 * timeline is interactive, the map code, the basemap, the fonts, the data. Sizes are gzip -9
 * (fonts: woff2 as shipped, already compressed). Deterministic: the same build gives the same
 * numbers, so these can be checked in CI against committed budgets.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface FileSize {
  file: string;
  bytes: number;
}

export interface ByteGroup {
  files: FileSize[];
  total: number;
}

export interface ByteReport {
  /** Per page (index, embed) and reading language: JS + CSS + data before the timeline is interactive. */
  initial: Record<string, ByteGroup & { html: number; withHtml: number }>;
  mapCode: ByteGroup;
  basemap: ByteGroup;
  fonts: ByteGroup;
  /** Every data file: the per-language stories, the whole story, the article texts. */
  data: ByteGroup;
  /** Code that loads later, on use (zoom gestures, SVG map, article reader, embed dialog…). */
  later: ByteGroup;
  everything: number;
}

export const LANGUAGES = ['ar', 'en'] as const;
/** public/preload-story.js (scripts/vite-plugin-story.ts names it too). */
export const PRELOAD_SCRIPT = 'preload-story.js';

/** Source modules the app imports lazily, by role. */
export const LAZY = {
  map: 'src/app/map/story-map.ts',
  basemapDecoder: 'src/lib/map/basemap.ts',
  messages: (lang: string) => `src/lib/i18n/${lang}.ts`,
};

/** Static imports of a chunk, transitively, itself included. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const k of manifest[key]!.imports ?? []) staticClosure(manifest, k, seen);
  return seen;
}

/** The JS and CSS files a set of chunks brings. */
function filesOf(manifest: Manifest, keys: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const k of keys) {
    const c = manifest[k]!;
    out.add(c.file);
    for (const css of c.css ?? []) out.add(css);
  }
  return [...out];
}

/**
 * The chunks of event details the page's first view needs (the build names them on the
 * preload script, data-details-<lang>; scripts/vite-plugin-story.ts): fetched before the app's
 * first render, so they count in the first download.
 */
export function firstViewDetails(html: string, lang: string): string[] {
  const names = new RegExp(`data-details-${lang}="([^"]*)"`).exec(html)?.[1] ?? '';
  return names.split(' ').filter(Boolean);
}

/** A page as served: its precompressed copy (scripts/precompressed.ts: Zopfli), else gzip -9. */
export function servedBytes(path: string): number {
  return existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : gzipBytes(path);
}

export function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function group(dist: string, files: string[], size: (path: string) => number = gzipBytes): ByteGroup {
  const sized = [...new Set(files)].sort().map((file) => ({ file, bytes: size(join(dist, file)) }));
  return { files: sized, total: sized.reduce((n, f) => n + f.bytes, 0) };
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.gz'))
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, name)).isDirectory() ? walk(join(dir, name), rel) : [rel];
    });
}

export function byteReport(dist: string): ByteReport {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const initial: ByteReport['initial'] = {};
  const initialFiles = new Set<string>();
  for (const page of ['index.html', 'embed.html']) {
    if (!manifest[page]) continue;
    const closure = staticClosure(manifest, page);
    for (const lang of LANGUAGES) {
      const files = [
        ...filesOf(manifest, closure),
        ...filesOf(manifest, staticClosure(manifest, LAZY.messages(lang))),
        `data/story.${lang}.json`,
        ...firstViewDetails(readFileSync(join(dist, page), 'utf8'), lang),
      ];
      // The classic script that starts the story's and the words' requests from the HTML.
      if (existsSync(join(dist, PRELOAD_SCRIPT))) files.push(PRELOAD_SCRIPT);
      files.forEach((f) => initialFiles.add(f));
      const g = group(dist, files);
      const html = servedBytes(join(dist, page));
      initial[`${page.replace('.html', '')}.${lang}`] = { ...g, html, withHtml: g.total + html };
    }
  }
  const mapChunks = staticClosure(manifest, LAZY.map);
  staticClosure(manifest, LAZY.basemapDecoder, mapChunks);
  const mapFiles = [...filesOf(manifest, mapChunks), ...[...mapChunks].flatMap((k) => (manifest[k]!.assets ?? []).filter((a) => a.endsWith('.js')))].filter(
    (f) => !initialFiles.has(f),
  );
  const fonts = walk(join(dist, 'assets'))
    .filter((f) => f.endsWith('.woff2'))
    .map((f) => `assets/${f}`);
  const dataFiles = walk(join(dist, 'data'))
    .map((f) => `data/${f}`)
    .filter((f) => f !== 'data/basemap.json');
  const all = walk(dist).filter((f) => !f.startsWith('.vite/'));
  const counted = new Set([...initialFiles, ...mapFiles, ...fonts, ...dataFiles, 'data/basemap.json', 'index.html', 'embed.html']);
  const later = all.filter((f) => !counted.has(f) && /\.(js|css)$/.test(f) && f !== 'embed-host.js');
  const report: ByteReport = {
    initial,
    mapCode: group(dist, mapFiles),
    basemap: group(dist, ['data/basemap.json']),
    fonts: group(dist, fonts, (p) => statSync(p).size),
    data: group(dist, dataFiles),
    later: group(dist, later),
    everything: 0,
  };
  report.everything =
    group(
      dist,
      all.filter((f) => !f.endsWith('.woff2')),
    ).total + report.fonts.total;
  return report;
}

/** The first-download figure the targets speak of: the largest over pages and languages. */
export function worstInitial(report: ByteReport): { key: string; total: number; withHtml: number } {
  return Object.entries(report.initial)
    .map(([key, g]) => ({ key, total: g.total, withHtml: g.withHtml }))
    .sort((a, b) => b.total - a.total)[0]!;
}
