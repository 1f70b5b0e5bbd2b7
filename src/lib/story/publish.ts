/**
 * What the build ships: the story without article texts (data/story.json, loaded first)
 * and each article's text apart (data/articles/<id>.json, loaded when a reader opens it).
 * The texts are a third of the story's bytes and most readers never open one.
 */
import type { ArticleText, CompiledStory, Story } from './types';

export function publishStory(compiled: CompiledStory): { story: Story; texts: ArticleText[] } {
  return {
    story: {
      ...compiled,
      articles: compiled.articles.map(({ text: _text, furniture: _furniture, mentions: _mentions, ...meta }) => meta),
    },
    texts: compiled.articles.map(({ id, text, furniture, mentions }) => ({ id, text, furniture, mentions })),
  };
}

/** Where an article's text is published, relative to the app. */
export function articleTextPath(id: string): string {
  return `data/articles/${encodeURIComponent(id)}.json`;
}
