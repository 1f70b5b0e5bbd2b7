/**
 * Which address shows the view the build prerendered into each page (one per reading
 * language): the story's default day, no focus, the embed's default panels and theme. Any of
 * our parameters that changes what is shown (a date, a focus, an embed's panels…) means the
 * prerendered view would be wrong, so the page hides it before its first paint and the app
 * renders afresh; `lang` only picks which prerendered view, and parameters that are not ours
 * (a host's, pym's childId) change nothing. Pure; public/preload-story.js applies the same
 * rule from the HTML (test/unit/first-view.test.ts holds the two together).
 */
import { focusOf, URL_KEYS, type UrlIntent } from './url.ts';
import { focusEvents, select, type Focus, type StoryIndex } from './selection.ts';
import type { IsoDay } from '../time/days.ts';
import { stepAt, stepIntent } from '../tour/tour.ts';

/** The embed's options that change what the first view shows (lib/embed/options.ts). */
export const EMBED_VIEW_KEYS = ['controls', 'theme'] as const;

/** Every parameter of ours that changes what the first view shows. */
export const VIEW_KEYS: readonly string[] = [...URL_KEYS.filter((k) => k !== 'lang'), ...EMBED_VIEW_KEYS];

/** True when the address shows the prerendered view (in whichever language it picks). */
export function showsPrerenderedView(search: string, viewKeys: readonly string[] = VIEW_KEYS): boolean {
  const params = new URLSearchParams(search);
  return viewKeys.every((k) => !params.has(k));
}

/**
 * The day and focus a story opens on for a URL's intent: a tour step's, else its date, else
 * the focus's first event's day, else the story's default day.
 */
export function openingView(index: StoryIndex, intent: UrlIntent): { day: IsoDay; focus: Focus } {
  const step = intent.step !== undefined ? stepAt(index.story.tour ?? [], intent.step) : null;
  if (step) return stepIntent(step);
  const focus = focusOf(intent);
  const focusDays = focus ? focusEvents(index, focus).map((e) => e.first_day) : [];
  return { day: intent.date ?? focusDays[0] ?? index.story.meta.default_day, focus };
}

/** The positions (in story order) of the events whose cards the opening view shows: the day's and the focus's. */
export function openingEventPositions(index: StoryIndex, intent: UrlIntent): number[] {
  const { day, focus } = openingView(index, intent);
  const s = select(index, day, focus);
  return [...new Set([...s.exact, ...s.approximate, ...s.focused].map((e) => index.eventPosition.get(e.id)!))];
}
