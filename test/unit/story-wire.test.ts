import { describe, expect, it } from 'vitest';
import { packStory, unpackStory, type WireStory } from '../../src/lib/story/wire';
import { publishStory } from '../../src/lib/story/publish';
import { onlyLanguage } from '../../src/lib/story/languages';
import { CATEGORIES, LANGS, type Story, type StoryEvent } from '../../src/lib/story/types';
import { realStory, tinyStory } from './fixtures';

/** Through the wire as the browser gets it: packed, written as JSON, parsed, unpacked. */
const roundTrip = (story: Story): Story => unpackStory(JSON.parse(JSON.stringify(packStory(story))));

describe('the reading files’ wire form', () => {
  it.each(LANGS)('gives back the published story exactly (%s reading file)', (lang) => {
    const published = onlyLanguage(publishStory(realStory()).story, lang);
    expect(roundTrip(published)).toEqual(published);
  });

  it('gives back a story whose details are inline (summaries, notes, quotes), and a tiny one', () => {
    const whole = publishStory(realStory(), null).story;
    expect(roundTrip(whole)).toEqual(whole);
    expect(roundTrip(tinyStory())).toEqual(tinyStory());
  });

  it.each([
    ['no summary, end, note or venue, a report without quotes', { summary: { ar: '', en: '' }, end: null, date_note: null, venue: null }],
    ['an end day and a venue', { end: '2024-06-20', venue: 'harbour' }],
    ['a summary in one language only and a date note', { summary: { ar: 'ملخص', en: '' }, date_note: { ar: '', en: 'Worked out' } }],
    ['a month, to another month', { start: '2024-01', end: '2024-02', precision: 'month', first_day: '2024-01-01', last_day: '2024-02-29' }],
    ['a year', { start: '2000', end: null, precision: 'year', first_day: '2000-01-01', last_day: '2000-12-31' }],
  ] as const)('keeps an event with %s', (_name, fields) => {
    const base = tinyStory();
    const event = { ...base.events[0]!, ...fields } as StoryEvent;
    const story = { ...base, events: [event] };
    expect(roundTrip(story).events).toEqual([event]);
  });

  it.each([
    ['no notes (they travel with its text)', { outlet_note: { ar: '', en: '' }, note: { ar: '', en: '' } }],
    ['an outlet note only', { outlet_note: { ar: 'لا وسيلة', en: '' }, note: { ar: '', en: '' } }],
    ['a date note only', { outlet_note: { ar: '', en: '' }, note: { ar: '', en: 'Inferred from the text' } }],
  ] as const)('keeps an article with %s', (_name, { outlet_note, note }) => {
    const base = tinyStory();
    const article = { ...base.articles[0]!, outlet_note, published: { ...base.articles[0]!.published, note } };
    expect(roundTrip({ ...base, articles: [article, ...base.articles.slice(1)] }).articles[0]).toEqual(article);
  });

  it('keeps several events, in order, each with its own fields', () => {
    const base = tinyStory();
    const [a, b] = [base.events[0]!, { ...base.events[0]!, id: 'second', venue: null, end: '2024-06-20', title: { ar: 'ثان', en: '' } }];
    expect(roundTrip({ ...base, events: [a, b] }).events).toEqual([a, b]);
  });

  it('carries the events in columns, leaving out placeholders and empty columns: about half the real story’s events written whole', () => {
    const published = onlyLanguage(publishStory(realStory()).story, 'ar');
    const wire = packStory(published);
    expect(Object.keys(wire.events).sort()).toEqual(
      [
        'attendees',
        'category',
        'date_basis',
        'end',
        'first_day',
        'id',
        'last_day',
        'precision',
        'reported_by',
        'start',
        'status',
        'title',
        'venue',
        'venue_basis',
      ].sort(),
    );
    // The Arabic file has no English titles, and the published story no summaries or date notes (they ship apart).
    expect(Object.keys(wire.events.title)).toEqual(['ar']);
    expect(wire.events.id).toEqual(published.events.map((e) => e.id));
    // People, places, articles and kinds by their place in the story's and the types' lists.
    const first = published.events[0]!;
    expect(wire.events.attendees[0]).toEqual(first.attendees.map((id) => published.people.findIndex((p) => p.id === id)));
    expect(wire.events.reported_by[0]).toEqual(first.reported_by.map((r) => published.articles.findIndex((a) => a.id === r.article)));
    expect(wire.events.category[0]).toBe(CATEGORIES.indexOf(first.category));
    const packed = JSON.stringify(wire);
    expect(packed).not.toContain('"quotes":[]');
    expect(packed).not.toContain('"outlet_note"');
    expect(packed).not.toContain('"note"');
    expect(JSON.stringify(wire.events).length).toBeLessThan(JSON.stringify(published.events).length * 0.55);
  });

  it.each([
    ['a column shorter than the events', (w: WireStory) => w.events.status.pop(), 'events.status: 1 values for 2 events'],
    ['a language column longer than the events', (w: WireStory) => w.events.title.ar!.push('x'), 'events.title: 3 values for 2 events'],
    ['a person who is not in the story', (w: WireStory) => (w.events.attendees[1] = [99]), 'events.attendees: nothing at 99'],
    ['a kind of event that does not exist', (w: WireStory) => (w.events.category[0] = 8), 'events.category: nothing at 8'],
  ])('refuses a damaged file: %s', (_name, damage, message) => {
    const base = tinyStory();
    const wire = packStory({ ...base, events: [base.events[0]!, { ...base.events[0]!, id: 'second' }] });
    damage(wire);
    expect(() => unpackStory(wire)).toThrow(message);
  });
});
