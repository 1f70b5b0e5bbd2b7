/**
 * A small, fixed story for state tests: test/fixtures/other-story (Lisbon, Porto, Madrid;
 * four events from March 2024 to March 2025), compiled as the build does. Editing data/
 * never changes it.
 */
import { compileStory } from '../../src/lib/story/compile';
import { DETAILS_CHUNK, publishStory } from '../../src/lib/story/publish';
import { readStorySources } from '../../scripts/story-files';
import type { Story } from '../../src/lib/story/types';

export function fixtureStory(options: { detailsApart?: boolean } = {}): ReturnType<typeof publishStory> {
  const { story, problems } = compileStory(readStorySources('test/fixtures/other-story'));
  if (!story) throw new Error(`the fixture story does not compile: ${problems.map((p) => p.message).join('; ')}`);
  // Apart as a large story ships them (chunks loaded with their cards), or inline.
  return publishStory(story, options.detailsApart ? { size: DETAILS_CHUNK, prefetch: false } : null);
}

export function fixturePublished(options: { detailsApart?: boolean } = {}): Story {
  return structuredClone(fixtureStory(options).story);
}
