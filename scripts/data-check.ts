/**
 * `npm run data:check [-- --root DIR]`: checks the story data and prints every problem
 * with its file, line, record and field. Exits 1 on any error; warnings alone pass.
 * Never modifies a file.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../src/lib/story/compile.ts';
import { compileStoryAt } from './story-files.ts';

const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag > 0 ? process.argv[rootFlag + 1]! : '.');

let result;
try {
  result = compileStoryAt(root);
} catch (e) {
  // A missing file or folder is the likely cause; say which, without a stack trace.
  console.error(`data:check could not read the story files under ${root}: ${(e as Error).message}`);
  process.exit(1);
}
for (const p of result.problems) console.error(formatProblem(p));
const errors = result.problems.filter((p) => p.severity === 'error').length;
const warnings = result.problems.length - errors;
if (result.story) {
  const s = result.story;
  const quotes = s.events.reduce((n, e) => n + e.reported_by.reduce((m, r) => m + r.quotes.length, 0), 0);
  console.log(`data:check: ok: ${s.articles.length} articles, ${s.places.length} places, ${s.people.length} people, ${s.events.length} events, ${quotes} quotes found verbatim; ${warnings} warning(s).`);
} else {
  console.error(`data:check: ${errors} error(s), ${warnings} warning(s). The story was not compiled.`);
  process.exit(1);
}
