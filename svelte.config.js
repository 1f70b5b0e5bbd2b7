import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // discloseVersion: Svelte's version stamp on window.__svelte serves no reader (and is bytes in the first download).
  compilerOptions: { runes: true, discloseVersion: false },
};
