/**
 * An article's text (data/articles/<id>.json), fetched and checked. AppState's articleTexts
 * loader calls it when a reader opens the article, once (again only on "Try again").
 */
import { articleTextPath } from '../lib/story/publish';
import type { ArticleText } from '../lib/story/types';
import { fetchJson } from './fetch-json';

export async function loadArticleText(id: string, signal: AbortSignal): Promise<ArticleText> {
  const path = articleTextPath(id);
  const a = (await fetchJson(path, signal)) as Partial<ArticleText> | null;
  if (
    !a ||
    a.id !== id ||
    typeof a.text !== 'string' ||
    !Array.isArray(a.furniture) ||
    !Array.isArray(a.mentions) ||
    !Array.isArray(a.quotes) ||
    typeof a.notes?.published?.ar !== 'string'
  ) {
    throw new Error(`${path}: not the text of article ${id}`);
  }
  return a as ArticleText;
}
