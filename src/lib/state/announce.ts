/**
 * What a screen reader hears when the reader's selection changes: once, briefly, what
 * changed. A new day says the day and its places (or, on a day with events dated only to
 * their month or year, how many, never "no event"); a new focus on the same day says the
 * focus. Pure: the live region (src/app/Announcer.svelte) only writes the text.
 */
import { formatDay } from '../i18n/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { Lang } from '../story/types.ts';
import type { Focus, Selection, StoryIndex } from './selection.ts';

/** What was last said: the day and the focus it was said for. */
export interface Said {
  day: string;
  focus: Focus;
}

export function sameFocus(a: Focus, b: Focus): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

/** The day, then what it holds: its events and their places, or its month/year events, or none. */
export function dayText(index: StoryIndex, s: Selection, lang: Lang, t: Messages): string {
  const date = formatDay(s.day, lang);
  if (s.exact.length) {
    const places = s.venues.map((id) => index.placeById.get(id)?.name[lang]).filter((n): n is string => !!n);
    return t.announce.day(date, s.exact.length, places.join(t.comma));
  }
  if (s.approximate.length) return `${date}: ${t.timeline.approximateValue(s.approximate.length)}`;
  return `${date}: ${t.announce.nothing}`;
}

/** The focus and how many events it has; or that all events show again. */
export function focusText(index: StoryIndex, s: Selection, lang: Lang, t: Messages): string {
  const f = s.focus;
  if (!f) return t.announce.focusCleared;
  const name = f.kind === 'venue' ? index.placeById.get(f.id)?.name[lang] : index.personById.get(f.id)?.name[lang];
  return t.announce.focus(f.kind === 'venue' ? t.panel.venueFocus : t.panel.personFocus, name ?? f.id, s.focused.length);
}

/** Who else is speaking when the selection changes. */
export interface OtherVoices {
  /** The keyboard is on the timeline's slider, whose value text says the day and its events. */
  sliderHasFocus?: boolean;
  /** A tour step is shown (not paused): the tour's own live region says its caption. */
  tourSpeaks?: boolean;
}

/**
 * What to say now that the selection is `s`, having last said `said`; null when there is
 * nothing new. A change of day alone is not said while the slider has the keyboard (its value
 * text says it), and nothing is said for a tour's step, which the tour says itself: two live
 * regions speaking at once, a screen reader drops one.
 */
export function announcement(said: Said, s: Selection, index: StoryIndex, lang: Lang, t: Messages, others: OtherVoices = {}): string | null {
  if (others.tourSpeaks) return null;
  const newDay = said.day !== s.day;
  const newFocus = !sameFocus(said.focus, s.focus);
  if (newFocus && newDay) return `${focusText(index, s, lang, t)}. ${dayText(index, s, lang, t)}`;
  if (newFocus) return focusText(index, s, lang, t);
  if (newDay && !others.sliderHasFocus) return dayText(index, s, lang, t);
  return null;
}
