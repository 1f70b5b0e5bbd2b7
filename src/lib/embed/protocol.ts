/**
 * The embed's message protocol with its host page (its URL options are in options.ts). Pure:
 * parsing and building messages, no window. Names here are a public contract (README "Embedding").
 *
 * Host → embed: {type: 'atlas:select', date?, venue?, person?, category?, status?}, {type: 'atlas:lang', lang},
 *               {type: 'atlas:play'}, {type: 'atlas:pause'}, {type: 'atlas:step', step} (a tour
 *               step from 1, or null to leave the tour)
 * Embed → host: {type: 'atlas:ready'} once; {type: 'atlas:selection', date, venue, person, lang,
 *               venues, people, articles, events, step, category, status} on every change; pym.js and AMP height
 *               messages (size-messages.ts: they start with the entry, this waits for the bridge).
 */
import { CATEGORIES, type Category, type Lang, type Status } from '../story/types.ts';
import type { EventFilter } from '../state/filter.ts';
import type { Selection } from '../state/selection.ts';
import { decodeParam, type UrlKnown } from '../state/url.ts';
import { decodeStep } from '../tour/tour.ts';

export type HostCommand =
  | {
      type: 'atlas:select';
      date?: string;
      venue?: string | null;
      person?: string | null;
      /** The shown categories; null shows them all. */
      category?: Category[] | null;
      /** Only done or only announced events; null shows both. */
      status?: Status | null;
    }
  | { type: 'atlas:lang'; lang: Lang }
  | { type: 'atlas:play' }
  | { type: 'atlas:pause' }
  | { type: 'atlas:step'; step: number | null };

export interface SelectionMessage {
  type: 'atlas:selection';
  date: string;
  /** The place in focus (a venue id), or null. */
  venue: string | null;
  /** The person in focus (a person id), or null. */
  person: string | null;
  /** The language the embed reads in. */
  lang: Lang;
  venues: string[];
  people: string[];
  articles: string[];
  events: string[];
  /** The tour step shown (from 1), or null outside the tour or while the reader explores freely. */
  step: number | null;
  /** The shown categories (all of them when nothing is hidden). */
  category: Category[];
  /** 'done' or 'announced' when only those show; null when both do. */
  status: Status | null;
}

/** Reads a host message; anything not understood comes back as a reason, never an exception. */
export function parseHostMessage(data: unknown, known: UrlKnown): { command: HostCommand } | { ignored: string } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ignored: 'not an object' };
  const d = data as Record<string, unknown>;
  switch (d.type) {
    case 'atlas:play':
    case 'atlas:pause':
      return { command: { type: d.type } };
    case 'atlas:lang':
      return d.lang === 'ar' || d.lang === 'en' ? { command: { type: 'atlas:lang', lang: d.lang } } : { ignored: 'lang must be "ar" or "en"' };
    case 'atlas:select': {
      const command: HostCommand = { type: 'atlas:select' };
      if (d.date !== undefined) {
        const date = decodeParam('date', d.date, known);
        if (date === undefined) return { ignored: 'date must be a YYYY-MM-DD day inside the story' };
        command.date = date;
      }
      for (const key of ['venue', 'person'] as const) {
        const v = d[key];
        if (v === undefined) continue;
        if (v === null) command[key] = null;
        else if (decodeParam(key, v, known) !== undefined) command[key] = v as string;
        else return { ignored: `${key} must be an id from the story, or null` };
      }
      if (d.category !== undefined) {
        const ok =
          d.category === null ||
          (Array.isArray(d.category) &&
            d.category.length > 0 &&
            d.category.length <= CATEGORIES.length &&
            d.category.every((c) => (CATEGORIES as readonly unknown[]).includes(c)));
        if (!ok) return { ignored: 'category must be a non-empty array of category ids, or null' };
        command.category = d.category === null ? null : CATEGORIES.filter((c) => (d.category as unknown[]).includes(c));
      }
      if (d.status !== undefined) {
        if (d.status !== null && d.status !== 'done' && d.status !== 'announced') return { ignored: 'status must be "done", "announced" or null' };
        command.status = d.status;
      }
      if (
        command.date === undefined &&
        command.venue === undefined &&
        command.person === undefined &&
        command.category === undefined &&
        command.status === undefined
      )
        return { ignored: 'select needs date, venue, person, category or status' };
      return { command };
    }
    case 'atlas:step': {
      if (d.step === null) return { command: { type: 'atlas:step', step: null } };
      const step = decodeStep(d.step, known.steps ?? 0);
      if (step === undefined || typeof d.step !== 'number')
        return { ignored: `step must be a whole number from 1 to ${known.steps ?? 0} (the tour's steps), or null` };
      return { command: { type: 'atlas:step', step } };
    }
    default:
      return { ignored: typeof d.type === 'string' ? `unknown type ${JSON.stringify(d.type.slice(0, 40))}` : 'no type' };
  }
}

export function selectionMessage(
  s: Selection,
  lang: Lang,
  step: number | null = null,
  filter: EventFilter = { categories: null, status: null },
): SelectionMessage {
  return {
    type: 'atlas:selection',
    date: s.day,
    venue: s.focus?.kind === 'venue' ? s.focus.id : null,
    person: s.focus?.kind === 'person' ? s.focus.id : null,
    lang,
    venues: s.venues.length || !s.focus ? s.venues : s.focusVenues,
    people: s.people,
    articles: s.articles,
    events: s.events.map((e) => e.id),
    step,
    category: [...(filter.categories ?? CATEGORIES)],
    status: filter.status,
  };
}
