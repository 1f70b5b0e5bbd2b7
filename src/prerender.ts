/**
 * The build's server entry (scripts/prerender.ts loads it through Vite): renders each page's
 * first view, in one reading language, with Svelte's server renderer. The browser's entry
 * (main.ts, embed.ts) hydrates it when the address shows that view (lib/state/first-view).
 */
import { render } from 'svelte/server';
import App from './app/App.svelte';
import EmbedFrame from './app/EmbedFrame.svelte';
import { embedOptions } from './lib/embed/options';
import { loadMessages } from './lib/i18n';
import type { EventDetails, Lang, Story } from './lib/story/types';

export type Page = 'index' | 'embed';

/** The markup of `page`'s first view in `lang`: the story's default day, as the app's first render draws it. */
export async function renderFirstView(page: Page, lang: Lang, story: Story, details: Record<number, EventDetails[]>): Promise<string> {
  const messages = await loadMessages(lang);
  const preloaded = { lang, story, messages, search: '', details };
  const embedSetup =
    page === 'embed'
      ? {
          options: embedOptions('', '').options,
          // Never called on the server: the host bridge starts in the browser.
          startBridge: () => () => {},
          Frame: EmbedFrame,
        }
      : null;
  return render(App, { props: { preloaded, embedSetup } }).body;
}
