/**
 * Automated accessibility checks: axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA and axe's best
 * practices) on each state a reader meets, in every frame, at a desktop and a phone size.
 * axe finds what a machine can find (names, roles, contrast, landmarks, ARIA misuse); it does
 * not replace trying the app with a screen reader and the keyboard.
 *
 * The app's CSP is `script-src 'self'`, so axe cannot be added as a <script>; Playwright's
 * evaluate runs through the DevTools protocol, which the CSP does not govern.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Frame, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import type { AxeResults, NodeResult, Result } from 'axe-core';
import { embedPreview, launch, openPage, ready, startServer } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * `incomplete` results (axe could not decide) on these states, judged by hand:
 * - label-content-name-mismatch on the + and − buttons (the timeline's "Zoom in", "Zoom out"; the
 *   map's "Zoom the map in", "Zoom the map out") and the
 *   reader's ↩ buttons ("Back to the event: …"): their visible text is a symbol, which label in
 *   name (WCAG 2.5.3) does not cover; each has a full name. Passes.
 * - target-size on the place buttons: each button's box is 24×24 px (.place-marker in
 *   src/app/styles.css) and its name label, which overflows the box, is part of the same
 *   button, so the target is larger still; axe cannot size it because of the overflow (axe may
 *   name the button `.label-above` and the like, when only it has its name there). Passes.
 * - frame-tested on the Embed dialog's preview iframe: axe runs with `iframes: false` and
 *   every frame is audited on its own below, so the frame is tested.
 * - color-contrast where axe cannot see the background (text over the map canvas, over the
 *   timeline's SVG, over the reader's striped furniture, under the reader's sticky header or
 *   beside overlapping boxes). Worked out from src/app/styles.css and reader.css instead, worst
 *   case in each theme: place labels (--ink-quiet on --map-label at 85 %, even over pure black or
 *   white) 5.1:1 light, 4.9:1 dark; timeline ticks (axe names a tick's label by its anchor), quiet notes (--ink-quiet on --surface)
 *   7.2:1 and 8.0:1; furniture text (--ink-quiet on --furniture-stripe) 6.3:1 and 6.8:1 (it was
 *   #8a8a8a, 3.0:1: fixed); quotes and marks (--ink on --paper or --mark) above 7:1; the reader's
 *   title and its translation (--ink and --ink-quiet on the sticky header's own opaque surface,
 *   7.2:1 at worst), which axe leaves undecided when the reader opens at a quote and a highlighted
 *   passage lies under the header. MapLibre's zoom buttons hold icons, not text.
 * - color-contrast on text partly scrolled out of view: see partlyScrolledOut below.
 * Anything else axe cannot decide fails the state until it is judged by hand and added here.
 */
const JUDGED_INCOMPLETE: Record<string, (target: string) => boolean> = {
  'label-content-name-mismatch': (t) =>
    /aria-label="(Zoom in|Zoom out|تكبير|تصغير|Zoom the map in|Zoom the map out|كبّر الخريطة|صغّر الخريطة)"|back-to-event/.test(t),
  // axe names a place button by its own unique selector: its data-place, or the class of the one name that hangs elsewhere.
  'target-size': (t) => /^button\[data-place=|^\.label-(before|above|below)$/.test(t),
  'frame-tested': (t) => t === 'iframe',
  'color-contrast': (t) =>
    /place-label|\.tick|> text$|text\[text-anchor="(start|middle|end)"\]$|blockquote|\.quote|reader-meta|#reader-title|\.note\.quiet|> bdi$|\.article-text|mark\[data-events|furniture|aria-label="(Zoom in|Zoom out|تكبير|تصغير|Zoom the map in|Zoom the map out|كبّر الخريطة|صغّر الخريطة)"/.test(
      t,
    ),
};

/**
 * Whether the element is partly outside what the window and its scroll boxes show. axe cannot see
 * the background of text scrolled half out of view (a paragraph half under the reader's top edge,
 * a card's date at the foot of the embed's panel, a label at the Embed dialog's edge) and leaves
 * its contrast undecided. Such text is the same text, in the same colours, that axe measures in
 * full view elsewhere in these states, so it is judged here by where it is, measured in the page.
 */
function partlyScrolledOut(frame: Frame, selector: string): Promise<boolean> {
  return frame.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const shown = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
    for (let scroller = element.parentElement; scroller; scroller = scroller.parentElement) {
      const style = getComputedStyle(scroller);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const edge = scroller.getBoundingClientRect();
      shown.top = Math.max(shown.top, edge.top);
      shown.left = Math.max(shown.left, edge.left);
      shown.bottom = Math.min(shown.bottom, edge.bottom);
      shown.right = Math.min(shown.right, edge.right);
    }
    return box.top < shown.top || box.left < shown.left || box.bottom > shown.bottom || box.right > shown.right;
  }, selector);
}

async function unjudged(frame: Frame, results: Result[]): Promise<Result[]> {
  const open: Result[] = [];
  for (const result of results) {
    const nodes: NodeResult[] = [];
    for (const node of result.nodes) {
      if (JUDGED_INCOMPLETE[result.id]?.(node.target.join(' >>> '))) continue;
      const [selector, ...inner] = node.target;
      if (result.id === 'color-contrast' && typeof selector === 'string' && !inner.length && (await partlyScrolledOut(frame, selector))) continue;
      nodes.push(node);
    }
    if (nodes.length) open.push({ ...result, nodes });
  }
  return open;
}

let server: PreviewServer;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function axeFrame(frame: Frame): Promise<AxeResults> {
  const has = await frame.evaluate(() => 'axe' in window);
  if (!has) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        // Each frame is run on its own (below), so axe need not reach into iframes.
        iframes: false,
        resultTypes: ['violations', 'incomplete'],
      }),
    TAGS,
  );
}

/** The elements axe names as the cause (for contrast: what covers the text), to judge by. */
function related(n: NodeResult): string {
  const nodes = [...n.any, ...n.all, ...n.none].flatMap((c) => c.relatedNodes ?? []);
  return nodes.length ? `\n      related: ${nodes.map((r) => r.target.join(' >>> ')).join(', ')}` : '';
}

function describeResults(where: string, results: Result[]): string {
  return results
    .map(
      (v) =>
        `${where} ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' >>> ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}${related(n)}`).join('\n')}`,
    )
    .join('\n');
}

/** Runs axe in every frame of the page; returns the violations and unjudged undecided results as readable text. */
async function audit(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    if (frame.url() === 'about:blank' || frame.isDetached()) continue;
    const where = `[${label} ${frame === page.mainFrame() ? 'page' : `frame ${new URL(frame.url()).pathname}`}]`;
    const results = await axeFrame(frame);
    if (results.violations.length) found.push(describeResults(where, results.violations));
    const open = await unjudged(frame, results.incomplete);
    if (open.length) found.push(`undecided by axe, not yet judged:\n${describeResults(where, open)}`);
  }
  return found;
}

type Setup = (page: Page) => Promise<void>;

const waitMap: Setup = async (page) => {
  await page.locator('button.place-marker').first().waitFor({ timeout: 20_000 });
  // The map has loaded and placed its buttons (pulled apart where they would overlap) and their names.
  await page.locator('.maplibregl-map:not(.labels-unplaced), .svg-map').first().waitFor({ timeout: 20_000 });
};

const STATES: { name: string; path: string; setup: Setup }[] = [
  { name: 'English day', path: '/?date=2023-09-13&lang=en', setup: waitMap },
  { name: 'Arabic day', path: '/?date=2023-09-13&lang=ar', setup: waitMap },
  { name: 'person focus', path: '/?person=kim-jong-un&lang=en', setup: waitMap },
  { name: 'empty day', path: '/?date=2023-08-15&lang=en', setup: waitMap },
  {
    name: 'article reader',
    path: '/?date=2023-09-13&lang=en',
    setup: async (page) => {
      await waitMap(page);
      await page.locator('.day-events .report button.read').first().click();
      await page.locator('dialog.reader .article-text').waitFor();
      await page.locator('dialog.reader [role="status"]').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'Embed dialog',
    path: '/?date=2023-09-13&lang=en',
    setup: async (page) => {
      await waitMap(page);
      await page.getByRole('button', { name: 'Embed', exact: true }).click();
      await embedPreview(page);
      // The preview's map loads as it nears the viewport (as in a host's article): scroll to it, as a reader would.
      await page.locator('iframe.embed-preview').scrollIntoViewIfNeeded();
      await page.frameLocator('iframe.embed-preview').locator('button.place-marker').first().waitFor({ timeout: 20_000 });
      // Back to the dialog's top, as it opens, so axe measures its own text in full view.
      await page.locator('dialog.embed-dialog').evaluate((dialog) => dialog.scrollTo(0, 0));
    },
  },
  { name: 'embed page', path: '/embed.html?date=2023-09-13', setup: waitMap },
  {
    name: 'tour step',
    path: '/?step=3&lang=ar',
    setup: async (page) => {
      await waitMap(page);
      await page.locator('.tour-caption:not(.quiet)').waitFor();
    },
  },
  {
    name: 'embed tour step',
    path: '/embed.html?step=7&lang=en',
    setup: async (page) => {
      await waitMap(page);
      await page.locator('.tour-caption:not(.quiet)').waitFor();
    },
  },
];

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

describe('axe-core finds no violations', () => {
  for (const state of STATES) {
    it(`${state.name} (${state.path})`, async () => {
      const found: string[] = [];
      for (const size of SIZES) {
        const w = await openPage(browser, origin, size);
        try {
          await w.page.goto(`${origin}${state.path}`);
          await ready(w.page);
          await state.setup(w.page);
          // Transitions and fonts settled: axe measures colours and sizes as drawn.
          await w.page.waitForFunction(async () => {
            await document.fonts.ready;
            return document.getAnimations().every((a) => a.playState !== 'running');
          });
          found.push(...(await audit(w.page, `${state.name} ${size.width}×${size.height}`)));
          expect(w.errors).toEqual([]);
        } finally {
          await w.context.close();
        }
      }
      expect(found.join('\n'), found.join('\n')).toBe('');
    });
  }
});

describe('the Embed dialog for keyboard and screen reader users', () => {
  it('names its snippets and Copy buttons, and Escape closes it from inside the preview', async () => {
    const w = await openPage(browser, origin);
    try {
      await w.page.goto(`${origin}/?date=2023-09-13&lang=en`);
      await ready(w.page);
      await w.page.getByRole('button', { name: 'Embed', exact: true }).click();
      const dialog = w.page.getByRole('dialog', { name: 'Embed this view in an article' });
      await dialog.getByRole('textbox', { name: 'Placeholder and host script (sizes itself)', exact: true }).waitFor();
      await dialog.getByRole('textbox', { name: 'Iframe (fixed height, or with pym.js / AMP)', exact: true }).waitFor();
      await dialog.getByRole('button', { name: 'Copy the host-script snippet', exact: true }).waitFor();
      await dialog.getByRole('button', { name: 'Copy the iframe snippet', exact: true }).waitFor();
      const slider = (await embedPreview(w.page)).getByRole('slider');
      await slider.focus();
      await w.page.keyboard.press('Escape');
      await expect.poll(() => w.page.locator('dialog.embed-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(w.errors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
