/**
 * data/tour.yaml, the guided tour: an ordered list of steps, each with the day it selects, an
 * optional focus (a venue or a person) and places for the map to fit, a caption in both
 * languages, and the events and verbatim quotes the caption rests on. Checked like the rest
 * of the data, with the same file:line:column messages. Pure; compile.ts calls it.
 */
import { findQuote } from './quotes.ts';
import { records, uniqueIds, type Problem, type RecordReader, type SourceFile } from './source-file.ts';
import type { CompiledArticle, StoryEvent, TourStep } from './types.ts';

export const TOUR_FILE = 'data/tour.yaml';

/** The fields of a tour step. */
export const TOUR_FIELDS = ['id', 'day', 'focus', 'fit', 'caption', 'events', 'quotes'] as const;

/** A caption longer than this many sentences is worth a second look (the tour is read step by step). */
export const MAX_CAPTION_SENTENCES = 3;

export interface TourContext {
  placeIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  /** The compiled events (only those that passed their checks). */
  events: readonly StoryEvent[];
  /** Every event id written in events.yaml, valid or not (so a broken event is not reported twice). */
  eventIds: ReadonlySet<string>;
  articles: readonly CompiledArticle[];
}

/** Sentences in a caption: runs ending in . ! ? or the Arabic question mark, quotes and brackets aside. */
export function countSentences(text: string): number {
  const stripped = text.replace(/[«“"][^»”"]*[»”"]/g, 'Q');
  return stripped.split(/[.!?؟]+(?:\s|$)/u).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
}

/** Reads and checks the tour; the steps that passed, in the file's order. */
export function readTour(file: SourceFile, ctx: TourContext, report: (p: Problem) => void): TourStep[] {
  const steps: TourStep[] = [];
  const ids = new Set<string>();
  const articleById = new Map(ctx.articles.map((a) => [a.id, a]));
  const eventById = new Map(ctx.events.map((e) => [e.id, e]));
  const first = ctx.events.reduce<string | null>((m, e) => (m === null || e.first_day < m ? e.first_day : m), null);
  const last = ctx.events.reduce<string | null>((m, e) => (m === null || e.last_day > m ? e.last_day : m), null);
  for (const r of records(file, 'step', report)) {
    r.allowOnly(TOUR_FIELDS);
    const id = r.id();
    if (!uniqueIds(ids, r, id, 'step')) continue;
    let ok = true;

    const day = r.precisionDate(['day'], 'day');
    if (day && first && last && (day.first < first || day.first > last)) {
      r.error(['day'], `${day.raw} is outside the story, which runs from ${first} to ${last}; pick a day inside it.`);
      ok = false;
    }

    const focus = readFocus(r, ctx);
    const fit: string[] = [];
    if (r.get(['fit']) !== undefined) {
      for (const [k, p] of (r.list(['fit'], { nonEmpty: true }) ?? []).entries()) {
        const pid = String(p);
        if (!ctx.placeIds.has(pid)) {
          r.error(['fit', k], `there is no place with the id "${pid}" in data/places.yaml.`);
          ok = false;
        } else if (!fit.includes(pid)) fit.push(pid);
      }
    }

    const caption = readCaption(r);

    const events: string[] = [];
    if (r.get(['events']) !== undefined) {
      for (const [k, e] of (r.list(['events'], { nonEmpty: true }) ?? []).entries()) {
        const eid = String(e);
        if (!ctx.eventIds.has(eid)) {
          r.error(['events', k], `there is no event with the id "${eid}" in data/events.yaml.`);
          ok = false;
        } else if (!eventById.has(eid)) ok = false;
        else if (events.includes(eid)) r.error(['events', k], `"${eid}" is listed twice.`);
        else events.push(eid);
      }
    }

    const quotes: TourStep['quotes'] = [];
    if (r.get(['quotes']) !== undefined) {
      for (const [k] of (r.list(['quotes'], { nonEmpty: true }) ?? []).entries()) {
        r.allowOnlyAt(['quotes', k], ['article', 'text']);
        const articleId = r.text(['quotes', k, 'article']);
        const text = r.text(['quotes', k, 'text']);
        const article = articleId === null ? undefined : articleById.get(articleId);
        if (articleId !== null && !article) {
          r.error(['quotes', k, 'article'], `there is no article with the id "${articleId}" in data/articles.yaml.`);
        }
        if (!article || text === null) {
          ok = false;
          continue;
        }
        const hit = findQuote(article.text, text);
        if (!hit.found) {
          r.error(
            ['quotes', k, 'text'],
            `this quote is not in article ${article.id}. The article matches up to "…${hit.matchedUpTo}" and then differs at "${hit.differsAt}…". Copy the words exactly (only spacing may differ).`,
          );
          ok = false;
          continue;
        }
        quotes.push({ article: article.id, text: article.text.slice(hit.span.start, hit.span.end), ...hit.span });
      }
    }
    if (r.get(['events']) === undefined && r.get(['quotes']) === undefined) {
      r.error(
        ['caption'],
        'this step says nothing of where its caption comes from; list the events it rests on (events: […]) and/or verbatim quotes (quotes: [{ article, text }]).',
      );
      ok = false;
    }

    if (ok && id && day && focus !== undefined && caption) steps.push({ id, day: day.first, focus, fit, caption, events, quotes });
  }
  if (file.value !== undefined && Array.isArray(file.value) && file.value.length === 0) {
    report({
      severity: 'warning',
      file: file.name,
      line: 1,
      column: 1,
      record: '',
      field: '',
      message: 'the tour has no step; add steps, or delete the file.',
    });
  }
  return steps;
}

/** `focus: { venue: id }` or `focus: { person: id }`; undefined when invalid, null when absent. */
function readFocus(r: RecordReader, ctx: TourContext): TourStep['focus'] | undefined {
  const v = r.get(['focus']);
  if (v === undefined || v === null) return null;
  const keys = v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
  if (keys.length !== 1 || (keys[0] !== 'venue' && keys[0] !== 'person')) {
    r.error(['focus'], 'write the focus as { venue: <place id> } or { person: <person id> } (one of them).');
    return undefined;
  }
  const kind = keys[0] as 'venue' | 'person';
  const id = r.text(['focus', kind]);
  if (id === null) return undefined;
  const known = kind === 'venue' ? ctx.placeIds : ctx.personIds;
  if (!known.has(id)) {
    r.error(
      ['focus', kind],
      `there is no ${kind === 'venue' ? 'place' : 'person'} with the id "${id}" in data/${kind === 'venue' ? 'places' : 'people'}.yaml.`,
    );
    return undefined;
  }
  return { kind, id };
}

/** The caption: both languages required (a tour step read in one language only is an error, not a warning). */
function readCaption(r: RecordReader): TourStep['caption'] | null {
  const v = r.get(['caption']);
  if (typeof v === 'string') {
    r.error(['caption'], 'this caption is given in one language only; write it as { ar: …, en: … }: the tour is read in both.');
    return null;
  }
  const caption = r.bilingual(['caption']);
  if (!caption) return null;
  for (const lang of ['ar', 'en'] as const) {
    const n = countSentences(caption[lang]);
    if (n > MAX_CAPTION_SENTENCES) {
      r.warn(['caption', lang], `this caption has ${n} sentences; keep a step to two or three, so it reads at a glance.`);
    }
  }
  return caption;
}
