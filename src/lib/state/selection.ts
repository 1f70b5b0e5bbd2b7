/**
 * What the reader sees, derived from what the reader chose. Pure: no DOM, no Svelte.
 *
 * The reader's intent is a day (the scrubber's position) and optionally a focus on one
 * venue or one person. Everything else (highlighted venues, listed people and articles,
 * emphasised timeline marks, the next event for the arrow keys) is computed here.
 */
import { addDays, addMonths, dayNumber, type IsoDay } from '../time/days.ts';
import type { Article, Person, Place, Story, StoryEvent } from '../story/types.ts';

export type Focus = { kind: 'venue'; id: string } | { kind: 'person'; id: string } | null;

export interface StoryIndex {
  story: Story;
  placeById: Map<string, Place>;
  personById: Map<string, Person>;
  articleById: Map<string, Article>;
  eventById: Map<string, StoryEvent>;
  /** Each event's position in the story's order (where its details are when shipped apart). */
  eventPosition: Map<string, number>;
  /** Sorted, distinct days on which an event starts (the stops for the arrow keys). */
  eventDays: IsoDay[];
  /** The whole span the timeline covers. */
  span: { first: IsoDay; last: IsoDay };
  /**
   * Each venue and the last day of its earliest-ending event: after that day it was visited
   * earlier. (Found by a pass over all events for each day before: 1.4 ms of each selection at
   * 10,000 events, which a scrub makes in every frame; about 0.4 ms now.)
   */
  venueFirstEnd: Map<string, IsoDay>;
}

export function indexStory(story: Story): StoryIndex {
  const days = new Set(story.events.map((e) => e.first_day));
  const eventDays = [...days].sort();
  // The checker requires at least one event; the fallback only keeps an empty test story total.
  const first = story.events.reduce((m, e) => (e.first_day < m ? e.first_day : m), story.events[0]?.first_day ?? story.meta.default_day);
  const last = story.events.reduce((m, e) => (e.last_day > m ? e.last_day : m), story.events[0]?.last_day ?? story.meta.default_day);
  const venueFirstEnd = new Map<string, IsoDay>();
  for (const e of story.events) {
    // (An unseen venue's end is undefined, and no comparison with undefined holds.)
    if (e.venue && !(venueFirstEnd.get(e.venue)! <= e.last_day)) venueFirstEnd.set(e.venue, e.last_day);
  }
  return {
    story,
    placeById: new Map(story.places.map((p) => [p.id, p])),
    personById: new Map(story.people.map((p) => [p.id, p])),
    articleById: new Map(story.articles.map((a) => [a.id, a])),
    eventById: new Map(story.events.map((e) => [e.id, e])),
    eventPosition: new Map(story.events.map((e, i) => [e.id, i])),
    eventDays,
    span: { first, last },
    venueFirstEnd,
  };
}

export function coversDay(e: StoryEvent, day: IsoDay): boolean {
  return e.first_day <= day && day <= e.last_day;
}

/** Events the focus (a venue or a person) takes part in, in date order. */
export function focusEvents(index: StoryIndex, focus: Focus): StoryEvent[] {
  if (!focus) return [];
  return index.story.events.filter((e) => (focus.kind === 'venue' ? e.venue === focus.id : e.attendees.includes(focus.id)));
}

export interface Selection {
  day: IsoDay;
  focus: Focus;
  /** Day-precision events on the day. */
  exact: StoryEvent[];
  /** Events dated only to a month or year that contains the day. */
  approximate: StoryEvent[];
  /** The focus's events (empty without a focus). */
  focused: StoryEvent[];
  /** The events the reader is looking at: the focus's, or else the day's exact ones. */
  events: StoryEvent[];
  /** Venues of the day's exact events: these are highlighted. */
  venues: string[];
  /** Venues of events before the day: still shown, but quieter. */
  earlierVenues: string[];
  /** Venues the focus is linked to. */
  focusVenues: string[];
  people: string[];
  articles: string[];
  /** Nearest events before and after the day when nothing happens on it. */
  nearest: NearestEvents | null;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** On one day, what happened comes before what was said about it; done before announced. */
const CATEGORY_ORDER: Record<StoryEvent['category'], number> = {
  visit: 0,
  talks: 1,
  tour: 2,
  parade: 3,
  inspection: 4,
  gift: 5,
  history: 6,
  reaction: 7,
};

function byReading(a: StoryEvent, b: StoryEvent): number {
  return (
    CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] ||
    (a.status === b.status ? 0 : a.status === 'done' ? -1 : 1) ||
    (a.first_day < b.first_day ? -1 : a.first_day > b.first_day ? 1 : 0) ||
    (a.id < b.id ? -1 : 1)
  );
}

export function select(index: StoryIndex, day: IsoDay, focus: Focus): Selection {
  const covering = index.story.events.filter((e) => coversDay(e, day)).sort(byReading);
  const exact = covering.filter((e) => e.precision === 'day');
  const approximate = covering.filter((e) => e.precision !== 'day');
  const focused = focusEvents(index, focus);
  const events = focus ? focused : exact;
  const venues = unique(exact.flatMap((e) => (e.venue ? [e.venue] : [])));
  const earlierVenues = [...index.venueFirstEnd].filter(([venue, end]) => end < day && !venues.includes(venue)).map(([venue]) => venue);
  const focusVenues = unique(focused.flatMap((e) => (e.venue ? [e.venue] : [])));
  return {
    day,
    focus,
    exact,
    approximate,
    focused,
    events,
    venues,
    earlierVenues,
    focusVenues,
    people: unique(events.flatMap((e) => e.attendees)),
    articles: unique(events.flatMap((e) => e.reported_by.map((r) => r.article))),
    nearest: exact.length === 0 ? nearestEvents(index, day) : null,
  };
}

/** A day to go to for an event, and the event: its own date (a day, a month, a year) labels the way there. */
export interface NearbyEvent {
  day: IsoDay;
  event: StoryEvent;
}

export interface NearestEvents {
  before: NearbyEvent | null;
  after: NearbyEvent | null;
}

/**
 * The closest events strictly before and after `day`: the nearest day of an event dated to the
 * day; or, where an event dated only to its month or year lies wholly between, that one (its
 * last day before, its first after), which the reader would otherwise step over without seeing
 * (one that covers the day-dated event's day is listed there anyway).
 */
export function nearestEvents(index: StoryIndex, day: IsoDay): NearestEvents {
  let before: NearbyEvent | null = null;
  let after: NearbyEvent | null = null;
  for (const e of index.story.events) {
    if (e.precision !== 'day') continue;
    if (e.last_day < day && (before === null || e.last_day > before.day)) before = { day: e.last_day, event: e };
    if (e.first_day > day && (after === null || e.first_day < after.day)) after = { day: e.first_day, event: e };
  }
  let approxBefore: NearbyEvent | null = null;
  let approxAfter: NearbyEvent | null = null;
  for (const e of index.story.events) {
    if (e.precision === 'day') continue;
    const afterDayBefore = before === null || e.first_day > before.day;
    if (e.last_day < day && afterDayBefore && (approxBefore === null || e.last_day > approxBefore.day)) approxBefore = { day: e.last_day, event: e };
    const beforeDayAfter = after === null || e.last_day < after.day;
    if (e.first_day > day && beforeDayAfter && (approxAfter === null || e.first_day < approxAfter.day)) approxAfter = { day: e.first_day, event: e };
  }
  return { before: approxBefore ?? before, after: approxAfter ?? after };
}

export type Step = 'next-event' | 'previous-event' | 'next-day' | 'previous-day' | 'next-month' | 'previous-month' | 'first' | 'last';

/**
 * Where a keyboard step leads. Event steps stop on days where an event starts (only the
 * focus's events when there is a focus); day and month steps stay inside the span.
 */
export function stepDay(index: StoryIndex, day: IsoDay, step: Step, focus: Focus = null): IsoDay {
  const stops = focus ? unique(focusEvents(index, focus).map((e) => e.first_day)).sort() : index.eventDays;
  const clamp = (d: IsoDay) => (d < index.span.first ? index.span.first : d > index.span.last ? index.span.last : d);
  switch (step) {
    case 'next-event':
      return stops.find((d) => d > day) ?? day;
    case 'previous-event':
      return [...stops].reverse().find((d) => d < day) ?? day;
    case 'next-day':
      return clamp(addDays(day, 1));
    case 'previous-day':
      return clamp(addDays(day, -1));
    case 'next-month':
      return clamp(addMonths(day, 1));
    case 'previous-month':
      return clamp(addMonths(day, -1));
    case 'first':
      return stops[0] ?? index.span.first;
    case 'last':
      return stops[stops.length - 1] ?? index.span.last;
  }
}

/** The event day closest to `day` (ties go to the earlier one): where a venue or person click lands. */
export function closestDay(days: IsoDay[], day: IsoDay): IsoDay | null {
  let best: IsoDay | null = null;
  for (const d of days) {
    if (best === null || Math.abs(dayNumber(d) - dayNumber(day)) < Math.abs(dayNumber(best) - dayNumber(day))) best = d;
  }
  return best;
}
