/**
 * Reads the story's source files from disk for the pure compiler (src/lib/story/compile.ts).
 * Read-only: nothing here ever writes to data/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileStory, SOURCE_FILES, type CompileResult, type StorySources } from '../src/lib/story/compile.ts';
import { TOUR_FILE } from '../src/lib/story/tour-source.ts';

export function readStorySources(root: string): StorySources {
  const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
  const texts: Record<string, string> = {};
  for (const name of readdirSync(join(root, 'data/articles')).sort()) {
    if (name.endsWith('.txt')) texts[name.slice(0, -4)] = read(join('data/articles', name));
  }
  return {
    story: read(SOURCE_FILES.story),
    articles: read(SOURCE_FILES.articles),
    places: read(SOURCE_FILES.places),
    people: read(SOURCE_FILES.people),
    events: read(SOURCE_FILES.events),
    texts,
    // The tour is optional: a dataset without data/tour.yaml has none.
    ...(existsSync(join(root, TOUR_FILE)) ? { tour: read(TOUR_FILE) } : {}),
  };
}

export function compileStoryAt(root: string): CompileResult {
  return compileStory(readStorySources(root));
}
