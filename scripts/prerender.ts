/**
 * Prerendering at build time: each page's first view (the story's default day) in each
 * reading language, drawn by the app's own components through Svelte's server renderer, so
 * the HTML paints the real first view (title, the day's heading, the timeline, the first
 * cards) before any script has run, and the app hydrates it. src/prerender.ts is loaded
 * through a Vite server in SSR mode (the same Svelte plugin and config as the browser's
 * build, so class names and markup match), then closed.
 */
import { createServer, type ViteDevServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { LANGS, type EventDetails, type Lang, type Story } from '../src/lib/story/types.ts';
import type { Page } from '../src/prerender.ts';

/** Where each page's prerendered views go (inside its #app). */
export const FIRST_VIEW_MARKER = '<!--first-view-->';

type Renderer = (page: Page, lang: Lang, story: Story, details: Record<number, EventDetails[]>) => Promise<string>;

/** What a language's first view is rendered from: its story file and the chunks of details its cards show. */
export interface FirstViewData {
  story: Story;
  details: Record<number, EventDetails[]>;
}

export class Prerenderer {
  #server: Promise<ViteDevServer> | null = null;
  #render: Promise<Renderer> | null = null;

  constructor(private readonly root: string) {}

  private renderer(): Promise<Renderer> {
    this.#render ??= (async () => {
      this.#server = createServer({
        root: this.root,
        configFile: false,
        logLevel: 'error',
        // Production Svelte whatever the caller's NODE_ENV (the tests build in-process): the
        // same runtime as the browser's build, and none of the dev-only checks.
        mode: 'production',
        plugins: [svelte({ compilerOptions: { dev: false } })],
        ssr: { resolve: { conditions: ['production', 'svelte', 'node', 'module'], externalConditions: ['production', 'node'] } },
        server: { middlewareMode: true, hmr: false, watch: null },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      const server = await this.#server;
      const mod = (await server.ssrLoadModule('/src/prerender.ts')) as typeof import('../src/prerender.ts');
      return mod.renderFirstView;
    })();
    return this.#render;
  }

  /**
   * One wrapper per reading language (the app inside carries its lang and dir); the page's head
   * script shows the reader's one (public/preload-story.js), CSS hides the other.
   */
  async firstViews(page: Page, data: Record<Lang, FirstViewData>): Promise<string> {
    const render = await this.renderer();
    const views: string[] = [];
    for (const lang of LANGS) {
      const body = await render(page, lang, data[lang].story, data[lang].details);
      views.push(`<div class="first-view" data-prerender="${lang}">${body}</div>`);
    }
    // The end of the views: until the parser has it, they are not shown (styles.css), so a
    // page painted while its HTML is still arriving never shows half a layout that then moves.
    return views.join('') + '<span class="first-view-end" hidden></span>';
  }

  async close(): Promise<void> {
    const server = await this.#server;
    this.#server = this.#render = null;
    await server?.close();
  }
}
