/**
 * `npm run data:check [-- --root DIR]`: checks the story data and prints every problem
 * with its file, line, record and field. Exits 1 on any error; warnings alone pass.
 * Never modifies a file.
 *
 * The work is `dataCheck(args)`, which returns the exit code and what would be printed, so
 * tests call it in-process; running this file is a thin wrapper that prints and exits.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/lib/story/compile.ts';
import { compileStoryAt } from './story-files.ts';

export interface DataCheckResult {
  /** The process exit code: 0 when the story compiles (warnings alone pass), 1 otherwise. */
  code: 0 | 1;
  stdout: string;
  stderr: string;
}

/** Runs the checker with the command line's arguments (`--root DIR`, default the current folder). */
export function dataCheck(args: readonly string[]): DataCheckResult {
  const rootFlag = args.indexOf('--root');
  const root = resolve(rootFlag >= 0 && args[rootFlag + 1] ? args[rootFlag + 1]! : '.');
  const out: string[] = [];
  const err: string[] = [];
  const text = (lines: string[]) => lines.map((l) => `${l}\n`).join('');

  let result;
  try {
    result = compileStoryAt(root);
  } catch (e) {
    // A missing file or folder is the likely cause; say which, without a stack trace.
    err.push(`data:check could not read the story files under ${root}: ${(e as Error).message}`);
    return { code: 1, stdout: '', stderr: text(err) };
  }
  for (const p of result.problems) err.push(formatProblem(p));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  if (!result.story) {
    err.push(`data:check: ${errors} error(s), ${warnings} warning(s). The story was not compiled.`);
    return { code: 1, stdout: text(out), stderr: text(err) };
  }
  const s = result.story;
  const quotes = s.events.reduce((n, e) => n + e.reported_by.reduce((m, r) => m + r.quotes.length, 0), 0);
  out.push(
    `data:check: ok: ${s.articles.length} articles, ${s.places.length} places, ${s.people.length} people, ${s.events.length} events, ${quotes} quotes found verbatim, ${s.tour.length} tour steps; ${warnings} warning(s).`,
  );
  return { code: 0, stdout: text(out), stderr: text(err) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { code, stdout, stderr } = dataCheck(process.argv.slice(2));
  process.stderr.write(stderr);
  process.stdout.write(stdout);
  process.exitCode = code;
}
