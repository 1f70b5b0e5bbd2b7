/**
 * The reading files' wire form (data/story.<lang>.json). A published story's events keep
 * placeholders where their details were taken out (an empty summary, no date note, empty quote
 * lists: publish.ts), and many have no end or no venue; the file leaves all of those out and
 * `unpackStory` puts them back. At 10,000 events that is a fifth of the file, and of the time a
 * browser spends parsing it before the timeline can start. data/story.json, for reuse, stays
 * whole.
 */
import type { Bilingual, Report, Story, StoryEvent } from './types.ts';

/** An event as the reading files carry it; a report without quotes is just its article's id. */
export type WireEvent = Omit<StoryEvent, 'summary' | 'end' | 'date_note' | 'venue' | 'reported_by'> &
  Partial<Pick<StoryEvent, 'summary' | 'end' | 'date_note' | 'venue'>> & { reported_by: (string | Report)[] };

export type WireStory = Omit<Story, 'events'> & { events: WireEvent[] };

const isEmpty = (b: Bilingual) => !b.ar && !b.en;

export function packStory(story: Story): WireStory {
  return { ...story, events: story.events.map(packEvent) };
}

function packEvent(e: StoryEvent): WireEvent {
  const { summary, end, date_note, venue, reported_by, ...rest } = e;
  const wire: WireEvent = { ...rest, reported_by: reported_by.map((r) => (r.quotes.length ? r : r.article)) };
  if (!isEmpty(summary)) wire.summary = summary;
  if (end !== null) wire.end = end;
  if (date_note !== null) wire.date_note = date_note;
  if (venue !== null) wire.venue = venue;
  return wire;
}

export function unpackStory(wire: WireStory): Story {
  return { ...wire, events: wire.events.map(unpackEvent) };
}

/** Every field written out in one order: all events share one shape (the hot loops stay fast). */
function unpackEvent(w: WireEvent): StoryEvent {
  return {
    id: w.id,
    category: w.category,
    status: w.status,
    title: w.title,
    summary: w.summary ?? { ar: '', en: '' },
    start: w.start,
    end: w.end ?? null,
    precision: w.precision,
    date_basis: w.date_basis,
    date_note: w.date_note ?? null,
    venue: w.venue ?? null,
    venue_basis: w.venue_basis,
    attendees: w.attendees,
    reported_by: w.reported_by.map((r) => (typeof r === 'string' ? { article: r, quotes: [] } : r)),
    first_day: w.first_day,
    last_day: w.last_day,
  };
}
