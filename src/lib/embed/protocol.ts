/**
 * The embed's message protocol with its host page, and its URL options. Pure: parsing and
 * building messages, no window. Names here are a public contract (README "Embedding").
 *
 * Host → embed: {type: 'atlas:select', date?, venue?, person?}, {type: 'atlas:lang', lang},
 *               {type: 'atlas:play'}, {type: 'atlas:pause'}
 * Embed → host: {type: 'atlas:ready'} once; {type: 'atlas:selection', date, venues, people,
 *               articles, events} on every change; pym.js and AMP height messages.
 */
import { isIsoDay } from '../time/days.ts';
import type { Lang } from '../story/types.ts';
import type { Selection } from '../state/selection.ts';
import type { UrlKnown } from '../state/url.ts';

export type HostCommand =
  | { type: 'atlas:select'; date?: string; venue?: string | null; person?: string | null }
  | { type: 'atlas:lang'; lang: Lang }
  | { type: 'atlas:play' }
  | { type: 'atlas:pause' };

export interface SelectionMessage {
  type: 'atlas:selection';
  date: string;
  venues: string[];
  people: string[];
  articles: string[];
  events: string[];
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
        if (!isIsoDay(d.date) || d.date < known.span.first || d.date > known.span.last) return { ignored: 'date must be a YYYY-MM-DD day inside the story' };
        command.date = d.date;
      }
      for (const key of ['venue', 'person'] as const) {
        const v = d[key];
        if (v === undefined) continue;
        if (v === null) command[key] = null;
        else if (typeof v === 'string' && (key === 'venue' ? known.venues : known.people).has(v)) command[key] = v;
        else return { ignored: `${key} must be an id from the story, or null` };
      }
      if (command.date === undefined && command.venue === undefined && command.person === undefined) return { ignored: 'select needs date, venue or person' };
      return { command };
    }
    default:
      return { ignored: typeof d.type === 'string' ? `unknown type ${JSON.stringify(d.type.slice(0, 40))}` : 'no type' };
  }
}

export function selectionMessage(s: Selection): SelectionMessage {
  return {
    type: 'atlas:selection',
    date: s.day,
    venues: s.venues.length || !s.focus ? s.venues : s.focusVenues,
    people: s.people,
    articles: s.articles,
    events: s.events.map((e) => e.id),
  };
}

/** pym.js's child-to-parent height message. */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join('xPYMx');
}

/** AMP's (and @newswire/frames') resize request. */
export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** The one origin the embed talks to: `origin=` if it is a bare origin, else the referrer's. */
export function hostOrigin(originParam: string | null, referrer: string): string | null {
  const bare = (value: string) => {
    try {
      const u = new URL(value);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value.replace(/\/$/, '') ? u.origin : null;
    } catch {
      return null;
    }
  };
  if (originParam !== null) return bare(originParam);
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

export type Panel = 'map' | 'timeline' | 'details';
export const PANELS: readonly Panel[] = ['map', 'timeline', 'details'];

export interface EmbedOptions {
  controls: Panel[];
  theme: 'light' | 'dark' | 'auto';
  autoplay: boolean;
  childId: string | null;
  origin: string | null;
}

/** Reads the embed-only URL options; bad values fall back to defaults with a warning. */
export function embedOptions(search: string, referrer: string): { options: EmbedOptions; warnings: string[] } {
  const p = new URLSearchParams(search);
  const warnings: string[] = [];
  let controls: Panel[] = [...PANELS];
  const rawControls = p.get('controls');
  if (rawControls !== null) {
    const asked = rawControls.split(',').map((x) => x.trim()).filter(Boolean);
    const valid = asked.filter((x): x is Panel => (PANELS as readonly string[]).includes(x));
    if (valid.length === 0 || valid.length !== asked.length) warnings.push(`Ignoring unknown entries in controls=${JSON.stringify(rawControls.slice(0, 60))}; use map, timeline, details.`);
    if (valid.length) controls = PANELS.filter((x) => valid.includes(x));
  }
  const rawTheme = p.get('theme');
  const theme = rawTheme === 'light' || rawTheme === 'dark' || rawTheme === 'auto' ? rawTheme : 'light';
  if (rawTheme !== null && theme !== rawTheme) warnings.push(`Ignoring theme=${JSON.stringify(rawTheme.slice(0, 40))}; use light, dark or auto.`);
  const rawAutoplay = p.get('autoplay');
  const autoplay = rawAutoplay === '' || rawAutoplay === '1' || rawAutoplay === 'true';
  const childId = p.get('childId');
  const originParam = p.get('origin');
  const origin = hostOrigin(originParam, referrer);
  if (originParam !== null && origin === null) warnings.push(`Ignoring origin=${JSON.stringify(originParam.slice(0, 80))}: expected scheme://host[:port].`);
  return { options: { controls, theme, autoplay, childId: childId && /^[\w-]{1,100}$/.test(childId) ? childId : null, origin }, warnings };
}
