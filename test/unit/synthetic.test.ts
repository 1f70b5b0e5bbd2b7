import { describe, expect, it } from 'vitest';
import { syntheticStory } from '../../scripts/synthetic-story';
import { compileFiles } from './fixtures';
import { hostileStory, PAYLOAD } from '../../scripts/hostile-story';

// Generating and checking hundreds of events is CPU work: half a second on a quiet machine,
// several on one whose cores are busy. The budget is sized for a loaded machine, not for speed.
const LOADED_MACHINE = { timeout: 60_000 };

describe('the synthetic dataset', LOADED_MACHINE, () => {
  it('passes the same checker as the real data, with no warning', () => {
    const { story, problems } = compileFiles(syntheticStory({ events: 600, seed: 7 }));
    expect(problems).toEqual([]);
    expect(story!.events).toHaveLength(600);
    expect(story!.places.filter((p) => p.main).map((p) => p.id)).toEqual(['pyongyang', 'vostochny', 'vladivostok', 'komsomolsk']);
    // Names are found in the quotes, as in the real story.
    expect(story!.events.every((e) => e.reported_by.every((r) => r.quotes.every((q) => q.mentions.length >= e.attendees.length)))).toBe(true);
  });

  it('scales venues, people and articles with the events', () => {
    const files = syntheticStory({ events: 3300, seed: 1 });
    const count = (name: string) => (files.get(name)!.match(/^- id: /gm) ?? []).length;
    expect([count('data/places.yaml'), count('data/people.yaml'), count('data/articles.yaml'), count('data/events.yaml')]).toEqual([100, 660, 330, 3300]);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = syntheticStory({ events: 200, seed: 3 });
    expect(syntheticStory({ events: 200, seed: 3 })).toEqual(a);
    expect(syntheticStory({ events: 200, seed: 4 }).get('data/events.yaml')).not.toBe(a.get('data/events.yaml'));
  });
});

describe('the hostile dataset', LOADED_MACHINE, () => {
  const { story, problems } = compileFiles(hostileStory());

  it('compiles, with a warning for each direction override an editor should look at', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(story).not.toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => !p.message.includes('direction control (U+202E)'))).toEqual([]);
  });

  it('carries the payload in every text field', () => {
    // Every string in the compiled story that a reader can see: all but ids, enumerations, dates and offsets.
    const NOT_TEXT = new Set([
      'id',
      'language',
      'category',
      'status',
      'precision',
      'date_basis',
      'venue_basis',
      'basis',
      'country',
      'kind',
      'start',
      'end',
      'first_day',
      'last_day',
      'date',
      'venue',
      'article',
      'attendees',
      'default_day',
    ]);
    const seen: string[] = [];
    const walk = (value: unknown, key: string, path: string): void => {
      if (typeof value === 'string') {
        if (NOT_TEXT.has(key)) return;
        seen.push(path);
        expect(value, path).toContain(PAYLOAD);
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, key, `${path}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, /^(ar|en)$/.test(k) ? key : k, `${path}.${k}`);
    };
    walk(story, '', 'story');
    // The fields the reader sees, each covered (kind is a place's description as well as furniture's enumeration).
    for (const field of [
      'title',
      'summary',
      'date_note',
      'name',
      'role',
      'aliases',
      'outlet',
      'outlet_note',
      'note',
      'text',
      'subtitle',
      'description',
      'sources_note',
      'credit',
      'countries',
    ]) {
      expect(
        seen.some((p) => p.split('.').includes(field) || p.includes(`.${field}[`)),
        field,
      ).toBe(true);
    }
    for (const place of story!.places) expect(place.kind.en + place.kind.ar).toContain(PAYLOAD);
  });
});
