import { describe, expect, it } from 'vitest';
import { compileStory } from '../../src/lib/story/compile';
import { syntheticStory, type SyntheticFiles } from '../../scripts/synthetic-story';

function compile(files: SyntheticFiles) {
  const texts: Record<string, string> = {};
  for (const [path, content] of files) if (path.startsWith('data/articles/')) texts[path.slice(14, -4)] = content;
  return compileStory({
    articles: files.get('data/articles.yaml')!,
    places: files.get('data/places.yaml')!,
    people: files.get('data/people.yaml')!,
    events: files.get('data/events.yaml')!,
    texts,
  });
}

describe('the synthetic dataset', () => {
  it('passes the same checker as the real data, with no warning', () => {
    const { story, problems } = compile(syntheticStory({ events: 600, seed: 7 }));
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
