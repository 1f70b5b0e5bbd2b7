/**
 * What the search box searches: one document per event, person, place and article, each a
 * list of texts in both languages (titles, summaries, names, every spelling, roles, the
 * quotes). Built once at build time from the compiled story and published as
 * data/search.json, which the app fetches when the reader first focuses the box: the story
 * files the app loads first carry one language and no aliases, and at 10,000 events no
 * summaries or quotes. Pure: no DOM, no Svelte.
 */
import type { Category, CompiledStory, Lang, Status } from '../story/types.ts';

export type SearchKind = 'event' | 'person' | 'place' | 'article';
export const SEARCH_KINDS: readonly SearchKind[] = ['event', 'person', 'place', 'article'];

/** Which part of a document a text is: names and titles weigh more than summaries and quotes. */
export type FieldKind = 'name' | 'alias' | 'title' | 'role' | 'summary' | 'quote';

/** One text of a document: [field, language, text]. */
export type SearchField = [FieldKind, Lang, string];

export interface SearchDoc {
  kind: SearchKind;
  id: string;
  /** The texts, the reading-language name or title first in each language. */
  fields: SearchField[];
  /** Events: the first day (where choosing it leads), category and status (for the filters). */
  day?: string;
  category?: Category;
  status?: Status;
}

export interface SearchData {
  docs: SearchDoc[];
}

export const SEARCH_PATH = 'data/search.json';

/** The documents of a compiled story (both languages, aliases and quotes included). */
export function searchDocuments(story: Pick<CompiledStory, 'events' | 'people' | 'places' | 'articles'>): SearchData {
  const docs: SearchDoc[] = [];
  const both = (kind: FieldKind, b: { ar: string; en: string }): SearchField[] =>
    [['ar', b.ar] as const, ['en', b.en] as const].filter(([, t]) => t.trim() !== '').map(([lang, t]) => [kind, lang, t]);
  const aliases = (name: { ar: string; en: string }, list: string[]): SearchField[] =>
    [...new Set(list)].filter((a) => a !== name.ar && a !== name.en).map((a): SearchField => ['alias', /[\u0600-\u06ff]/.test(a) ? 'ar' : 'en', a]);
  for (const e of story.events) {
    const quotes = [...new Set(e.reported_by.flatMap((r) => r.quotes.map((q) => q.text)))];
    docs.push({
      kind: 'event',
      id: e.id,
      day: e.first_day,
      category: e.category,
      status: e.status,
      fields: [...both('title', e.title), ...both('summary', e.summary), ...quotes.map((q): SearchField => ['quote', 'ar', q])],
    });
  }
  for (const p of story.people)
    docs.push({ kind: 'person', id: p.id, fields: [...both('name', p.name), ...aliases(p.name, p.aliases), ...both('role', p.role)] });
  for (const p of story.places)
    docs.push({ kind: 'place', id: p.id, fields: [...both('name', p.name), ...aliases(p.name, p.aliases), ...both('role', p.kind)] });
  for (const a of story.articles) {
    const outlet = a.outlet ? both('role', a.outlet) : [];
    docs.push({ kind: 'article', id: a.id, fields: [...both('title', a.title), ...outlet] });
  }
  return { docs };
}
