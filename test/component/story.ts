/**
 * The real story, compiled in the browser from the raw data files: the same pure compiler the
 * build uses, so component tests need no server and no build step.
 */
import articles from '../../data/articles.yaml?raw';
import places from '../../data/places.yaml?raw';
import people from '../../data/people.yaml?raw';
import events from '../../data/events.yaml?raw';
import storySettings from '../../data/story.yaml?raw';
import { compileStory } from '../../src/lib/story/compile';
import { publishStory } from '../../src/lib/story/publish';
import type { Story } from '../../src/lib/story/types';

const files = import.meta.glob('../../data/articles/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const texts = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [
    path
      .split('/')
      .pop()!
      .replace(/\.txt$/, ''),
    text,
  ]),
);

export function storyForTests(): Story {
  const { story, problems } = compileStory({ story: storySettings, articles, places, people, events, texts });
  if (!story) throw new Error(problems.map((p) => p.message).join('\n'));
  // Details inline: what the app has once a small story's chunks are in (they are fetched before a reader can ask).
  return publishStory(story, null).story;
}
