/**
 * `npm run lint`. Three jobs:
 * 1. Untrusted text stays text (README "Security and privacy"): no way for a string from the
 *    data, the URL or a host message to become markup or code. eslint-plugin-no-unsanitized
 *    covers the DOM sinks it knows; the bans below are stricter (any value, not only
 *    non-literals) and add the forms a property-name check misses: computed access
 *    (`el['innerHTML']`, `window['eval']`), `srcdoc`, `setHTML`, Svelte's `{@html}` and
 *    `bind:innerHTML`.
 * 2. src/lib stays pure (README "Architecture"): no svelte, no maplibre-gl, no d3, no DOM or
 *    browser globals, so its modules run and are tested anywhere.
 * 3. The usual correctness rules of @eslint/js, typescript-eslint and eslint-plugin-svelte.
 * test/unit/lint.test.ts plants each banned form in a fixture and expects it reported.
 */
import js from '@eslint/js';
import html from 'eslint-plugin-html';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const MARKUP = "parses a string as markup: put text in with textContent or Svelte's {expression}";
const CODE = 'runs a string as code';
/** Property names whose value is parsed as HTML (or as a whole document, for srcdoc). */
const HTML_PROPERTY = '/^(innerHTML|outerHTML|srcdoc)$/';

const SINK = '/^(innerHTML|outerHTML|srcdoc|insertAdjacentHTML|setHTML|setHTMLUnsafe|write|writeln|eval)$/';
const HIDDEN = `A computed access to innerHTML/outerHTML/srcdoc/insertAdjacentHTML/setHTML/document.write/eval hides a sink that ${MARKUP}, or ${CODE}.`;

/** The injection bans, by AST selector (no-restricted-syntax), each with its reason. */
const BANS = {
  // el.innerHTML = x, el.outerHTML += x, however the statement is wrapped or split over lines.
  htmlAssignment: {
    selector: 'AssignmentExpression > MemberExpression.left[computed=false][property.name=/^(innerHTML|outerHTML)$/]',
    message: `Assigning innerHTML/outerHTML ${MARKUP}.`,
  },
  srcdocAssignment: {
    selector: "AssignmentExpression > MemberExpression.left[computed=false][property.name='srcdoc']",
    message: `Assigning srcdoc ${MARKUP}.`,
  },
  // el['innerHTML'], el[`outerHTML`], window['eval']: a computed name only ever hides a sink.
  computedSink: { selector: `MemberExpression[computed=true][property.value=${SINK}]`, message: HIDDEN },
  computedTemplateSink: { selector: `MemberExpression[computed=true] > TemplateLiteral.property[quasis.0.value.cooked=${SINK}]`, message: HIDDEN },
  // Object.assign(el, { innerHTML: x }) and the like.
  htmlKey: {
    selector: `Property[key.name=${HTML_PROPERTY}], Property[key.value=${HTML_PROPERTY}]`,
    message: `An object key innerHTML/outerHTML/srcdoc is a way to assign it: that ${MARKUP}.`,
  },
  srcdocAttribute: {
    selector: 'CallExpression[callee.property.name=/^setAttribute(NS)?$/] > Literal.arguments[value=/^srcdoc$/i]',
    message: `setAttribute('srcdoc') ${MARKUP}.`,
  },
  insertAdjacentHTML: { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: `insertAdjacentHTML ${MARKUP}.` },
  // MapLibre's Popup#setHTML and the Sanitizer API's Element#setHTML / setHTMLUnsafe.
  setHTML: { selector: 'CallExpression[callee.property.name=/^(setHTML|setHTMLUnsafe)$/]', message: `setHTML (MapLibre Popup, Sanitizer API) ${MARKUP}.` },
  documentWrite: { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: `document.write ${MARKUP}.` },
  // new Function(…) and Function(…) (no-new-func reports them too).
  functionConstructor: { selector: ":matches(NewExpression, CallExpression)[callee.name='Function']", message: `Function(string) ${CODE}.` },
  // Svelte: {@html x}, bind:innerHTML on contenteditable, <iframe srcdoc={x}> / {srcdoc}.
  atHtml: { selector: "SvelteMustacheTag[kind='raw']", message: `{@html} ${MARKUP}.` },
  bindInnerHTML: { selector: "SvelteDirective[kind='Binding'][key.name.name=/^(innerHTML|outerHTML)$/]", message: `bind:innerHTML ${MARKUP}.` },
  srcdocSvelteAttribute: {
    selector: "SvelteAttribute[key.name='srcdoc'], SvelteShorthandAttribute[key.name='srcdoc']",
    message: `The srcdoc attribute ${MARKUP}.`,
  },
};
/** The bans as no-restricted-syntax options, less the named exceptions. */
const bans = (...except) =>
  Object.entries(BANS)
    .filter(([name]) => !except.includes(name))
    .map(([, ban]) => ban);

const injectionRules = {
  'no-restricted-syntax': ['error', ...bans()],
  'no-restricted-properties': [
    'error',
    { object: 'document', property: 'write', message: `document.write ${MARKUP}.` },
    { object: 'document', property: 'writeln', message: `document.writeln ${MARKUP}.` },
    { object: 'window', property: 'eval', message: `eval ${CODE}.` },
    { object: 'globalThis', property: 'eval', message: `eval ${CODE}.` },
  ],
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-script-url': 'error',
  'no-unsanitized/method': 'error',
  'no-unsanitized/property': 'error',
  'svelte/no-at-html-tags': 'error',
};

/** Browser and runtime globals src/lib must not touch (it receives what it needs as arguments). */
const BROWSER_GLOBALS = [
  'window',
  'self',
  'document',
  'location',
  'history',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'caches',
  'cookieStore',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'matchMedia',
  'getComputedStyle',
  'innerWidth',
  'innerHeight',
  'devicePixelRatio',
  'screen',
  'scrollX',
  'scrollY',
  'parent',
  'top',
  'opener',
  'frames',
  'postMessage',
  'alert',
  'confirm',
  'prompt',
  'HTMLElement',
  'Element',
  'Node',
  'Image',
  'ResizeObserver',
  'IntersectionObserver',
  'MutationObserver',
  'CustomEvent',
  'Worker',
  'process',
  'Buffer',
].map((name) => ({ name, message: `src/lib is pure (README "Architecture"): take ${name} as an argument from src/app instead.` }));

export default defineConfig(
  globalIgnores([
    // Build output and test builds (.gitignore): not source.
    'dist/',
    'node_modules/',
    'bench/synth-*/',
    'bench/dist-*/',
    'bench/results*',
    'test-results/',
    'coverage/',
    // Planted injections, linted on purpose by test/unit/lint.test.ts only.
    'test/fixtures/lint/',
  ]),

  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,

  {
    languageOptions: { globals: { ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      ...injectionRules,
      // `_name` marks a binding kept for its position or left out of a rest object; the classic
      // host script keeps `catch (e)` for old browsers.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
      // Arabic diacritics are matched one code point at a time, written as \u escapes on purpose.
      'no-misleading-character-class': ['error', { allowEscape: true }],
      // Collections in app state are immutable values in $state.raw, replaced on change (a copy,
      // then .set/.add, then assigned); the rule reads that copy as mutating reactive state.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    // The page's inline scripts (demo/host.html); index.html and embed.html load modules only.
    files: ['**/*.html'],
    plugins: { html },
  },
  {
    // Build scripts, configs and tests run in Node (component tests in the browser, too).
    files: ['scripts/**', 'test/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Tests feed the parsers hostile input on purpose ('javascript:alert(1)' among it).
    files: ['test/**'],
    rules: { 'no-script-url': 'off' },
  },
  {
    // Classic scripts a host page or the embed loads without a bundler.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    // End-to-end tests play the host page too: a CMS inserting the embed snippet
    // (insertAdjacentHTML) and a sibling frame built from srcdoc. Every other ban stays.
    files: ['test/e2e/**'],
    rules: {
      'no-restricted-syntax': ['error', ...bans('insertAdjacentHTML', 'srcdocAssignment')],
      'no-unsanitized/method': 'off',
    },
  },

  {
    // Pure modules: no UI framework, no map, no d3, no DOM; they run in Node tests as they are.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'svelte', message: 'src/lib is pure: keep Svelte in src/app.' },
            { name: 'maplibre-gl', message: 'src/lib is pure: keep MapLibre in src/app/map.' },
            { name: 'd3', message: 'src/lib is pure: keep d3 in src/app.' },
          ],
          patterns: [
            { group: ['svelte/*', '*.svelte', '**/*.svelte.ts', '**/*.svelte.js'], message: 'src/lib is pure: keep Svelte (and runes modules) in src/app.' },
            { group: ['maplibre-gl/*'], message: 'src/lib is pure: keep MapLibre in src/app/map.' },
            { group: ['d3-*'], message: 'src/lib is pure: keep d3 in src/app (compute with plain functions here).' },
            // topojson-client stays allowed: src/lib/map/basemap.ts decodes TopoJSON to GeoJSON, pure data.
            {
              group: ['topojson-*', '!topojson-client', '!topojson-specification'],
              message: 'src/lib is pure and ships: topojson-server/simplify are build tools (scripts/).',
            },
            { group: ['node:*'], message: 'src/lib runs in the browser: no Node built-ins.' },
            { group: ['**/app/*', '**/app/**'], message: 'src/lib must not depend on src/app.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
);
