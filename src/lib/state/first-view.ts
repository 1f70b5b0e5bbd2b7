/**
 * Which address shows the view the build prerendered into each page (one per reading
 * language): the story's default day, no focus, the embed's default panels and theme. Any of
 * our parameters that changes what is shown (a date, a focus, an embed's panels…) means the
 * prerendered view would be wrong, so the page hides it before its first paint and the app
 * renders afresh; `lang` only picks which prerendered view, and parameters that are not ours
 * (a host's, pym's childId) change nothing. Pure; public/preload-story.js applies the same
 * rule from the HTML (test/unit/first-view.test.ts holds the two together).
 */
import { URL_KEYS } from './url.ts';

/** The embed's options that change what the first view shows (lib/embed/options.ts). */
export const EMBED_VIEW_KEYS = ['controls', 'theme'] as const;

/** Every parameter of ours that changes what the first view shows. */
export const VIEW_KEYS: readonly string[] = [...URL_KEYS.filter((k) => k !== 'lang'), ...EMBED_VIEW_KEYS];

/** True when the address shows the prerendered view (in whichever language it picks). */
export function showsPrerenderedView(search: string, viewKeys: readonly string[] = VIEW_KEYS): boolean {
  const params = new URLSearchParams(search);
  return viewKeys.every((k) => !params.has(k));
}
