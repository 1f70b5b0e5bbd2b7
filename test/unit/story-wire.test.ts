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
  ] as const)('keeps an event with %s', (_name, fields) => {
    const base = tinyStory();
    const event = { ...base.events[0]!, ...fields } as StoryEvent;
    const story = { ...base, events: [event] };
    expect(roundTrip(story).events).toEqual([event]);
  });

  it('leaves the placeholders out of the file: a fifth smaller for the real story’s reading file', () => {
    const published = onlyLanguage(publishStory(realStory()).story, 'ar');
    const packed = JSON.stringify(packStory(published));
    expect(packed).not.toContain('"summary":{"ar":"","en":""}');
    expect(packed).not.toContain('"quotes":[]');
    expect(packed.length).toBeLessThan(JSON.stringify(published).length * 0.9);
  });
});
