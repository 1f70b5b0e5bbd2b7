/**
 * What a tick in the key does to the filter (filter.ts), and how many events the filter hides
 * (the panel's note). Pure. Apart from filter.ts because only the key's checkboxes and the
 * note use it, and they load when the reader opens the key or a filter is on.
 */
import type { Category, Status, StoryEvent } from '../story/types.ts';
import { makeFilter, shows, showsAll, type EventFilter } from './filter.ts';
import type { Focus, StoryIndex } from './selection.ts';

/**
 * Shows or hides one category. The categories the story uses (`used`) count as all: hiding
 * one of them lists the others; showing the last hidden one gives null. The last shown one
 * cannot be hidden (an empty key would show nothing and could not be written in a URL).
 */
export function toggleCategory(f: EventFilter, c: Category, used: readonly Category[]): EventFilter {
  const shown = used.filter((u) => f.categories === null || f.categories.includes(u));
  const next = shown.includes(c) ? shown.filter((u) => u !== c) : [...shown, c];
  if (next.length === 0) return f;
  return makeFilter(used.every((u) => next.includes(u)) ? null : next, f.status);
}

/** Shows or hides done or announced events; hiding both is refused (nothing would show). */
export function toggleStatus(f: EventFilter, s: Status): EventFilter {
  const other: Status = s === 'done' ? 'announced' : 'done';
  if (f.status === null) return { ...f, status: other };
  if (f.status === s) return f;
  return { ...f, status: null };
}

/** How many events the filter hides: in the whole story, and in what the reader is looking at (the focus's, or the day's). */
export function hiddenCounts(full: StoryIndex, f: EventFilter, day: string, focus: Focus): { total: number; hidden: number; here: number } {
  const total = full.story.events.length;
  if (showsAll(f)) return { total, hidden: 0, here: 0 };
  const hidden = full.story.events.reduce((n, e) => n + (shows(f, e) ? 0 : 1), 0);
  // What the panel lists (selection.ts): the focus's events, or the day's exact ones.
  const listed = (e: StoryEvent) =>
    focus ? (focus.kind === 'venue' ? e.venue === focus.id : e.attendees.includes(focus.id)) : e.precision === 'day' && e.first_day <= day && day <= e.last_day;
  return { total, hidden, here: full.story.events.reduce((n, e) => n + (!shows(f, e) && listed(e) ? 1 : 0), 0) };
}
