/**
 * Filters by kind of event (issue #17): which categories of the key are shown, and done
 * versus announced. Pure: no DOM, no Svelte. The filter is the reader's intent (AppState,
 * the URL's `category` and `status`); what it hides is derived here as a story index with
 * only the shown events, so the timeline marks, the map's highlights, stepping, playback and
 * the panel all leave hidden kinds out by reading the one index they already read.
 */
import { CATEGORIES, type Category, type Status, type StoryEvent } from '../story/types.ts';
import type { StoryIndex } from './selection.ts';

export interface EventFilter {
  /** The shown categories, in the key's order; null: all of them. Never empty. */
  categories: readonly Category[] | null;
  /** Only done or only announced events; null: both. */
  status: Status | null;
}

export const SHOW_ALL: EventFilter = { categories: null, status: null };

export function showsAll(f: EventFilter): boolean {
  return f.categories === null && f.status === null;
}

export function shows(f: EventFilter, e: Pick<StoryEvent, 'category' | 'status'>): boolean {
  return (f.categories === null || f.categories.includes(e.category)) && (f.status === null || f.status === e.status);
}

/** A filter in its one written form: categories in the key's order, every one of them → null. */
export function makeFilter(categories: readonly Category[] | null, status: Status | null): EventFilter {
  const list = categories === null ? null : CATEGORIES.filter((c) => categories.includes(c));
  return { categories: list === null || list.length === CATEGORIES.length ? null : list, status };
}

/**
 * The index with only the shown events. Lookups (places, people, articles, events by id, and
 * each event's position in the story, where its details are) and the span stay whole: a URL,
 * a host message or an article's quote may still name a hidden event's day or id.
 */
export function filterIndex(index: StoryIndex, f: EventFilter): StoryIndex {
  if (showsAll(f)) return index;
  const events = index.story.events.filter((e) => shows(f, e));
  return { ...index, story: { ...index.story, events }, eventDays: [...new Set(events.map((e) => e.first_day))].sort() };
}
