/**
 * Writing a generated dataset (synthetic or hostile) to disk and building the app from a dataset folder: shared by
 * `npm run data:synth`, the benchmark and the scale end-to-end test.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { syntheticStory, type SyntheticFiles, type SyntheticOptions } from './synthetic-story.ts';

/** Replaces `root/data/` with a synthetic dataset; returns how many files were written. */
export function writeSyntheticStory(root: string, options: SyntheticOptions): number {
  return writeDataset(root, syntheticStory(options));
}

/** Replaces `root/data/` with the given files (relative path → content); returns how many were written. */
export function writeDataset(root: string, files: SyntheticFiles): number {
  rmSync(join(root, 'data'), { recursive: true, force: true });
  for (const [rel, content] of files) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return files.size;
}

/** Builds the app into `outDir` from `dataRoot`'s data/ (this project's when null), as ATLAS_DATA does. */
export async function buildWithData(outDir: string, dataRoot: string | null): Promise<void> {
  const before = process.env.ATLAS_DATA;
  if (dataRoot) process.env.ATLAS_DATA = dataRoot;
  else delete process.env.ATLAS_DATA;
  try {
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.ATLAS_DATA;
    else process.env.ATLAS_DATA = before;
  }
}
