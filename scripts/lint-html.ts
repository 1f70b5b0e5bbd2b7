/**
 * `npm run lint`: bans the ways foreign text could become markup or code in the app:
 * Svelte's {@html}, innerHTML / outerHTML / insertAdjacentHTML / document.write, MapLibre's
 * Popup.setHTML, eval and new Function. Every text from the data, the URL or a host message
 * must reach the page as text (textContent, Svelte's {expression}). Prints file:line: reason
 * and exits 1 on any hit. (The build-time noscript list escapes its text and is not app code.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BANNED: { pattern: RegExp; reason: string }[] = [
  { pattern: /\{@html\b/, reason: '{@html} renders a string as markup' },
  { pattern: /\.(innerHTML|outerHTML)\s*[+]?=/, reason: 'assigning innerHTML/outerHTML parses a string as markup' },
  { pattern: /\binsertAdjacentHTML\s*\(/, reason: 'insertAdjacentHTML parses a string as markup' },
  { pattern: /\.setHTML(Unsafe)?\s*\(/, reason: 'setHTML (MapLibre Popup, Sanitizer API) renders a string as markup' },
  { pattern: /\bdocument\.write(ln)?\s*\(/, reason: 'document.write parses a string as markup' },
  { pattern: /\beval\s*\(|\bnew\s+Function\s*\(/, reason: 'eval / new Function run a string as code' },
];

export function lintSource(text: string): { line: number; reason: string }[] {
  const hits: { line: number; reason: string }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const b of BANNED) if (b.pattern.test(line)) hits.push({ line: i + 1, reason: b.reason });
  });
  return hits;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte|js|html)$/.test(name) ? [path] : [];
  });
}

if (process.argv[1]?.endsWith('lint-html.ts')) {
  const roots = ['src', 'public', 'demo', 'index.html', 'embed.html'];
  let count = 0;
  for (const root of roots) {
    for (const file of statSync(root).isDirectory() ? files(root) : [root]) {
      for (const hit of lintSource(readFileSync(file, 'utf8'))) {
        console.error(`${relative('.', file)}:${hit.line}: ${hit.reason}`);
        count++;
      }
    }
  }
  if (count) {
    console.error(`lint: ${count} banned construct(s). Put text in with textContent or {expression}.`);
    process.exit(1);
  }
  console.log('lint: no {@html}, innerHTML, setHTML, document.write or eval in src/, public/, demo/ or the pages.');
}
