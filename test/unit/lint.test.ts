/**
 * `npm run lint` (eslint.config.js) catches every way foreign text could become markup or code,
 * and keeps src/lib pure: each fixture in test/fixtures/lint plants one form, linted with the
 * project's own configuration (the folder is ignored by `npm run lint` itself).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const FIXTURES = 'test/fixtures/lint';
// Linting loads the config and its parsers once (a few seconds on a busy machine).
const TIMEOUT = 60_000;
// ignore: false, so the fixtures folder (ignored by the project's config) is linted.
const eslint = new ESLint({ cwd: process.cwd(), ignore: false });

/** The messages for one fixture, linted where it is, or as if it lived at `as`. */
async function lint(fixture: string, as?: string): Promise<{ line: number; ruleId: string | null; message: string }[]> {
  const path = `${FIXTURES}/${fixture}`;
  const [result] = as ? await eslint.lintText(readFileSync(path, 'utf8'), { filePath: as }) : await eslint.lintFiles([path]);
  return result!.messages.map(({ line, ruleId, message }) => ({ line, ruleId, message }));
}

describe('lint: markup and code injection', () => {
  // fixture, the line of the planted form, the rules that must report it there.
  const cases: [string, number, string[]][] = [
    ['inner-html.ts', 2, ['no-restricted-syntax', 'no-unsanitized/property']],
    ['inner-html-computed.ts', 2, ['no-restricted-syntax']],
    ['inner-html-template-key.ts', 2, ['no-restricted-syntax']],
    ['inner-html-multiline.ts', 2, ['no-restricted-syntax', 'no-unsanitized/property']],
    ['inner-html-object-assign.ts', 2, ['no-restricted-syntax']],
    ['outer-html.ts', 2, ['no-restricted-syntax', 'no-unsanitized/property']],
    ['insert-adjacent-html.ts', 2, ['no-restricted-syntax', 'no-unsanitized/method']],
    ['document-write.ts', 2, ['no-restricted-syntax', 'no-restricted-properties', 'no-unsanitized/method']],
    ['document-writeln.ts', 2, ['no-restricted-syntax', 'no-restricted-properties', 'no-unsanitized/method']],
    ['set-html-maplibre.ts', 4, ['no-restricted-syntax']],
    ['set-html-sanitizer.ts', 2, ['no-restricted-syntax']],
    ['srcdoc-property.ts', 2, ['no-restricted-syntax']],
    ['srcdoc-set-attribute.ts', 2, ['no-restricted-syntax']],
    ['eval.ts', 2, ['no-eval']],
    ['eval-computed.ts', 2, ['no-eval', 'no-restricted-syntax', 'no-restricted-properties']],
    ['new-function.ts', 2, ['no-new-func', 'no-restricted-syntax']],
    ['string-timer.ts', 2, ['no-implied-eval']],
    ['at-html.svelte', 5, ['svelte/no-at-html-tags', 'no-restricted-syntax']],
    ['bind-inner-html.svelte', 5, ['no-restricted-syntax']],
    ['srcdoc-attribute.svelte', 5, ['no-restricted-syntax']],
    // A page's inline script (demo/host.html is linted the same way).
    ['inline-script.html', 5, ['no-restricted-syntax', 'no-restricted-properties', 'no-unsanitized/method']],
  ];

  it.each(cases)(
    'reports %s on line %i',
    async (fixture, line, rules) => {
      const messages = await lint(fixture);
      expect(messages.length, JSON.stringify(messages)).toBeGreaterThan(0);
      for (const m of messages) expect(m.line, JSON.stringify(m)).toBe(line);
      expect(messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(rules));
    },
    TIMEOUT,
  );

  it.each(['clean.ts', 'clean.svelte'])(
    'reports nothing in %s (text as text, innerHTML only read)',
    async (fixture) => {
      expect(await lint(fixture)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'lets end-to-end tests play the host page (snippet, srcdoc frame) and nothing more',
    async () => {
      expect(await lint('insert-adjacent-html.ts', 'test/e2e/host.test.ts')).toEqual([]);
      expect(await lint('srcdoc-property.ts', 'test/e2e/host.test.ts')).toEqual([]);
      expect((await lint('inner-html.ts', 'test/e2e/host.test.ts')).map((m) => m.ruleId)).toContain('no-restricted-syntax');
    },
    TIMEOUT,
  );
});

describe('lint: src/lib stays pure', () => {
  it(
    'reports svelte imported in src/lib',
    async () => {
      const messages = await lint('lib-imports-svelte.ts', 'src/lib/lint-fixture.ts');
      expect(messages.map((m) => [m.line, m.ruleId])).toEqual([[2, 'no-restricted-imports']]);
    },
    TIMEOUT,
  );

  it(
    'reports maplibre-gl and d3 modules imported in src/lib',
    async () => {
      const messages = await lint('lib-imports-maplibre.ts', 'src/lib/lint-fixture.ts');
      expect(messages.map((m) => [m.line, m.ruleId])).toEqual([
        [2, 'no-restricted-imports'],
        [3, 'no-restricted-imports'],
      ]);
    },
    TIMEOUT,
  );

  it(
    'reports document and location used in src/lib',
    async () => {
      const messages = await lint('lib-uses-document.ts', 'src/lib/lint-fixture.ts');
      expect(messages.map((m) => [m.line, m.ruleId])).toEqual([
        [3, 'no-restricted-globals'],
        [3, 'no-restricted-globals'],
      ]);
      expect(messages[0]!.message).toMatch(/'document'/);
      expect(messages[1]!.message).toMatch(/'location'/);
    },
    TIMEOUT,
  );

  it(
    'allows the same modules and globals in src/app',
    async () => {
      expect(await lint('lib-imports-svelte.ts', 'src/app/lint-fixture.ts')).toEqual([]);
      expect(await lint('lib-uses-document.ts', 'src/app/lint-fixture.ts')).toEqual([]);
    },
    TIMEOUT,
  );
});
