/** The real story, compiled once per test file (no shared mutable state: callers get their own copy). */
import { compileStory } from '../../src/lib/story/compile';
import type { CompiledStory, Story } from '../../src/lib/story/types';
import { publishStory } from '../../src/lib/story/publish';
import { readStorySources } from '../../scripts/story-files';

export function realStory(): CompiledStory {
  const { story, problems } = compileStory(readStorySources('.'));
  if (!story) throw new Error(`the real data does not compile: ${problems.map((p) => p.message).join('; ')}`);
  return structuredClone(story);
}

/** The real story as the app loads it (details inline: it is small). */
export function realPublished(): Story {
  return publishStory(realStory()).story;
}
