import { describe, expect, it } from 'vitest';
import { packStory, unpackStory } from '../../src/lib/story/wire';
import { publishStory } from '../../src/lib/story/publish';
import { onlyLanguage } from '../../src/lib/story/languages';
import { LANGS, type Story, type StoryEvent } from '../../src/lib/story/types';
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
    ['an end day and a venue', { end: '2024-06-20', venue: 'pyongyang' }],
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
    expect(roundTrip({ ...base, articles: [article] }).articles).toEqual([article]);
  });

  it('leaves the placeholders out of the file: a fifth smaller for the real story’s reading file', () => {
    const published = onlyLanguage(publishStory(realStory()).story, 'ar');
    const packed = JSON.stringify(packStory(published));
    expect(packed).not.toContain('"summary":{"ar":"","en":""}');
    expect(packed).not.toContain('"quotes":[]');
    expect(packed).not.toContain('"outlet_note"');
    expect(packed).not.toContain('"note"');
    expect(packed.length).toBeLessThan(JSON.stringify(published).length * 0.9);
  });
});
