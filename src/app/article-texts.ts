/**
 * Article texts load when a reader opens one (data/articles/<id>.json), once per article.
 * A failed load is not remembered, so "Try again" fetches afresh.
 */
import { articleTextPath } from '../lib/story/publish';
import type { ArticleText } from '../lib/story/types';
import { fetchJson } from './fetch-json';

const loaded = new Map<string, Promise<ArticleText>>();

export function loadArticleText(id: string, signal: AbortSignal): Promise<ArticleText> {
  let pending = loaded.get(id);
  if (!pending) {
    const path = articleTextPath(id);
    pending = fetchJson(path, signal).then((value) => {
      const a = value as Partial<ArticleText> | null;
      if (!a || a.id !== id || typeof a.text !== 'string' || !Array.isArray(a.furniture) || !Array.isArray(a.mentions) || !Array.isArray(a.quotes)) {
        throw new Error(`${path}: not the text of article ${id}`);
      }
      return a as ArticleText;
    });
    pending.catch(() => loaded.delete(id));
    loaded.set(id, pending);
  }
  return pending;
}
