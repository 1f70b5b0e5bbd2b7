import { describe, expect, it } from 'vitest';
import { indexStory, select } from '../../src/lib/state/selection';
import { documentTitle } from '../../src/lib/state/document-title';
import { tinyStory } from './fixtures';

// A tiny hand-written story (test/unit/fixtures.ts): editing data/ never changes these titles.
const index = indexStory(tinyStory());
const FSI = '\u2068';
const PDI = '\u2069';
const plain = (s: string) => s.replaceAll(FSI, '').replaceAll(PDI, '');

describe('documentTitle', () => {
  it('names the day, and the event when it is the only one that day', () => {
    const s = select(index, '2023-09-14', null);
    expect(s.exact).toHaveLength(1);
    expect(documentTitle(index, s, 'en', 'App')).toBe(`${FSI}Title of harbour-visit${PDI} · 14 September 2023 — App`);
  });

  it('gives only the date when several events share the day', () => {
    const title = documentTitle(index, select(index, '2023-09-13', null), 'en', 'App');
    expect(title).toBe('13 September 2023 — App');
  });

  it('leads with the venue or person in focus, in the reading language', () => {
    const person = documentTitle(index, select(index, '2023-09-13', { kind: 'person', id: 'leader-b' }), 'ar', 'قصة');
    expect(plain(person)).toBe('بو القائد · 13 سبتمبر 2023 — قصة');
    const venue = documentTitle(index, select(index, '2023-09-13', { kind: 'venue', id: 'airfield' }), 'en', 'App');
    expect(plain(venue)).toBe('Airfield · 13 September 2023 — App');
  });

  it('isolates data text, so a direction override in a name stays inside it', () => {
    const story = tinyStory();
    const hostile = { ...story, people: story.people.map((p) => (p.id === 'leader-b' ? { ...p, name: { ...p.name, en: 'Bo\u202E<b>' } } : p)) };
    const hostileIndex = indexStory(hostile);
    const title = documentTitle(hostileIndex, select(hostileIndex, '2023-09-13', { kind: 'person', id: 'leader-b' }), 'en', 'App');
    expect(title).toBe(`${FSI}Bo\u202E<b>${PDI} · 13 September 2023 — App`);
  });

  it('is the app title before the story has loaded', () => {
    expect(documentTitle(null, null, 'en', 'App')).toBe('App');
  });
});
