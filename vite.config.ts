import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { resolve } from 'node:path';
import { storyData } from './scripts/vite-plugin-story.ts';
import { precompressed } from './scripts/precompressed.ts';
import { minifyPublicScripts } from './scripts/minify-public.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/security-policy.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.ts';

export default defineConfig({
  // Relative asset URLs, so the build works from any folder a newsroom serves it from.
  base: './',
  // ATLAS_DATA: build another dataset (a folder with its own data/), e.g. the synthetic one.
  plugins: [
    svelte(),
    storyData(process.env.ATLAS_DATA ? resolve(process.env.ATLAS_DATA) : undefined),
    minifyPublicScripts(['preload-story.js', 'embed-frame-check.js']),
    precompressed(),
  ],
  build: {
    target: 'es2022',
    // Read by the benchmark's byte budgets (npm run bench): which files each page needs first.
    manifest: true,
    // MapLibre is one ~1 MB chunk (290 KB gz), loaded lazily after the timeline: expected, not a warning.
    chunkSizeWarningLimit: 1100,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  preview: {
    port: 4173,
    strictPort: false,
    // The policy the production build is tested under (README: Security and privacy).
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.ts'],
          // expect.element and expect.poll wait for a condition: budgets for a busy machine, not for speed.
          testTimeout: 30_000,
          expect: { poll: { timeout: 15_000 } },
          browser: {
            enabled: true,
            headless: true,
            // Debian's Chromium, never a downloaded browser.
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM,
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a condition; 1 s (the default) is not enough on a busy machine.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
