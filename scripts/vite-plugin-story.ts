/**
 * Vite plugin: compiles and checks the story data (data/) and builds the basemap at build
 * time, emitting them as data/story.json and data/basemap.json. A build with invalid data
 * fails with the checker's own messages instead of shipping a broken dataset. In dev the
 * same files are served fresh on every request, so an editor sees a change on reload.
 */
import type { Plugin } from 'vite';
import { formatProblem } from '../src/lib/story/compile';
import { compileStoryAt } from './story-files';
import { buildBasemap } from './basemap';
import { FALLBACK_MARKER, staticFallback } from './static-fallback';
import type { Story } from '../src/lib/story/types';

export const STORY_PATH = 'data/story.json';
export const BASEMAP_PATH = 'data/basemap.json';

function compileOrThrow(root: string): string {
  const result = compileStoryAt(root);
  if (!result.story) {
    const lines = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
    throw new Error(`The story data has errors; nothing was built.\n${lines.join('\n')}\nRun "npm run data:check" for the full report.`);
  }
  return JSON.stringify(result.story);
}

export function storyData(): Plugin {
  let root = process.cwd();
  let basemap: string | null = null;
  const basemapJson = () => (basemap ??= JSON.stringify(buildBasemap()));
  // A build compiles the story once (both pages' fallback and the asset share it); the dev
  // server compiles afresh on every request so edits show on reload.
  let buildStory: string | null = null;
  const storyJson = () => buildStory ?? compileOrThrow(root);
  return {
    name: 'story-data',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      buildStory = null;
      if (this.meta.watchMode) return;
      try {
        buildStory = compileOrThrow(root);
      } catch (e) {
        this.error((e as Error).message);
      }
    },
    transformIndexHtml(html) {
      if (!html.includes(FALLBACK_MARKER)) return html;
      return html.replace(FALLBACK_MARKER, staticFallback(JSON.parse(storyJson()) as Story));
    },
    generateBundle() {
      let story: string;
      try {
        story = storyJson();
      } catch (e) {
        this.error((e as Error).message);
      }
      this.emitFile({ type: 'asset', fileName: STORY_PATH, source: story });
      this.emitFile({ type: 'asset', fileName: BASEMAP_PATH, source: basemapJson() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path !== `/${STORY_PATH}` && path !== `/${BASEMAP_PATH}`) return next();
        try {
          const body = path === `/${STORY_PATH}` ? compileOrThrow(root) : basemapJson();
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        } catch (e) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end((e as Error).message);
        }
      });
    },
  };
}
