/**
 * The URL as a declared schema: `date`, `venue`, `person`, `lang`, `step`, `category`, `status` (a public contract;
 * newsrooms link to these). Pure: given a query string and the ids that exist, it returns
 * what to apply and what to warn about. Unknown or malformed values are ignored, never
 * fatal; unknown parameters are left alone for whoever else put them there.
 */
import { isIsoDay, type IsoDay } from '../time/days.ts';
import type { Focus } from './selection.ts';
import { CATEGORIES, type Category, type Lang, type Status } from '../story/types.ts';
import { decodeStep } from '../tour/tour.ts';
import { makeFilter, type EventFilter } from './filter.ts';

export interface UrlIntent {
  date?: IsoDay;
  venue?: string;
  person?: string;
  lang?: Lang;
  /** A step of the guided tour, from 1: opens the tour there (its day and focus win over date, venue, person). */
  step?: number;
  /** The shown categories (absent: all). */
  category?: Category[];
  /** Only done or only announced events (absent: both). */
  status?: Status;
}

export interface UrlKnown {
  venues: ReadonlySet<string>;
  people: ReadonlySet<string>;
  span: { first: IsoDay; last: IsoDay };
  /** How many steps the story's tour has (none when left out). */
  steps?: number;
}

interface Param<K extends keyof UrlIntent> {
  key: K;
  decode(raw: string, known: UrlKnown): UrlIntent[K] | undefined;
  /** Why a raw value was refused, for the console warning. */
  expected: string;
}

const MAX_VALUE_LENGTH = 100;

const PARAMS: { [K in keyof UrlIntent]-?: Param<K> } = {
  date: {
    key: 'date',
    decode: (raw, known) => (isIsoDay(raw) && raw >= known.span.first && raw <= known.span.last ? raw : undefined),
    expected: 'a real day written YYYY-MM-DD inside the story',
  },
  venue: {
    key: 'venue',
    decode: (raw, known) => (known.venues.has(raw) ? raw : undefined),
    expected: 'the id of a place in the story',
  },
  person: {
    key: 'person',
    decode: (raw, known) => (known.people.has(raw) ? raw : undefined),
    expected: 'the id of a person in the story',
  },
  lang: {
    key: 'lang',
    decode: (raw) => (raw === 'ar' || raw === 'en' ? raw : undefined),
    expected: '"ar" or "en"',
  },
  step: {
    key: 'step',
    decode: (raw, known) => decodeStep(raw, known.steps ?? 0),
    expected: 'the number of a step of the tour, from 1',
  },
  category: {
    key: 'category',
    decode: (raw) => {
      const ids = raw.split(',').map((x) => x.trim());
      return ids.every((id) => (CATEGORIES as readonly string[]).includes(id)) ? CATEGORIES.filter((c) => ids.includes(c)) : undefined;
    },
    expected: `a comma list of event categories (${CATEGORIES.join(', ')})`,
  },
  status: {
    key: 'status',
    decode: (raw) => (raw === 'done' || raw === 'announced' ? raw : undefined),
    expected: '"done" or "announced"',
  },
};

export const URL_KEYS = Object.keys(PARAMS) as (keyof UrlIntent)[];

/**
 * One value checked as the URL checks it (a real day inside the story, a known place or person
 * id, a language): the embed's messages use the same rules. Undefined when refused.
 */
export function decodeParam<K extends keyof UrlIntent>(key: K, raw: unknown, known: UrlKnown): UrlIntent[K] | undefined {
  const param = PARAMS[key] as Param<K>;
  return typeof raw === 'string' && raw.length <= MAX_VALUE_LENGTH ? param.decode(raw, known) : undefined;
}

/** The focus a URL (or a host) asks for: a person wins over a place. */
export function focusOf(intent: Pick<UrlIntent, 'venue' | 'person'>): Focus {
  return intent.person ? { kind: 'person', id: intent.person } : intent.venue ? { kind: 'venue', id: intent.venue } : null;
}

/** The filter a URL (or a host) asks for: absent category and status show everything. */
export function filterOf(intent: Pick<UrlIntent, 'category' | 'status'>): EventFilter {
  return makeFilter(intent.category ?? null, intent.status ?? null);
}

export function decodeUrl(search: string, known: UrlKnown): { intent: UrlIntent; warnings: string[] } {
  const params = new URLSearchParams(search);
  const intent: UrlIntent = {};
  const warnings: string[] = [];
  for (const key of URL_KEYS) {
    const values = params.getAll(key);
    if (values.length === 0) continue;
    const raw = values[values.length - 1]!;
    const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    const value = decodeParam(key, raw, known);
    if (value === undefined) {
      warnings.push(`Ignoring URL parameter ${key}=${JSON.stringify(shown)}: expected ${PARAMS[key].expected}.`);
      continue;
    }
    (intent as Record<string, unknown>)[key] = value;
    if (values.length > 1) warnings.push(`URL parameter ${key} was given ${values.length} times; using the last.`);
  }
  if (intent.venue && intent.person) {
    warnings.push(`URL has both venue and person; using person=${intent.person}.`);
    delete intent.venue;
  }
  return { intent, warnings };
}

/** The reading language asked for in the URL, if valid: known before the story loads. */
export function decodeLang(search: string): Lang | null {
  const values = new URLSearchParams(search).getAll('lang');
  const raw = values[values.length - 1];
  return raw === undefined ? null : (PARAMS.lang.decode(raw, { venues: new Set(), people: new Set(), span: { first: '', last: '' } }) ?? null);
}

/** A parameter's key as URLSearchParams would read it; a malformed escape is kept as written. */
function keyOf(part: string): string {
  const raw = part.split('=')[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Writes the intent into a query string. Parameters that are not ours (a host's ids, pym's
 * childId) are kept byte for byte, in their place; ours follow them.
 */
export function encodeUrl(search: string, intent: UrlIntent): string {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  const foreign = raw.split('&').filter((part) => part !== '' && !(URL_KEYS as string[]).includes(keyOf(part)));
  // Commas stay readable in a comma list (category=visit,talks): a query may carry them as they are.
  const ours = URL_KEYS.flatMap((key) => (intent[key] === undefined ? [] : [`${key}=${encodeURIComponent(String(intent[key])).replace(/%2C/g, ',')}`]));
  const out = [...foreign, ...ours].join('&');
  return out ? `?${out}` : '';
}
