/**
 * The embed's article layout: one height per width, known before anything loads. Pure.
 *
 * A host page must never move because of what the reader does inside the embed, so the
 * height depends only on the iframe's width and the panels it shows (fixed for its life),
 * never on the day, the language, playback, loading or an open panel. Inside that frame the
 * day's details scroll in a bounded list (README "Embedding": why).
 *
 * public/embed-host.js repeats this table in plain ES5 (it runs on hosts' pages with no
 * build step); test/unit/embed-layout.test.ts keeps the two equal.
 */
import { PANELS, type Panel } from './options.ts';

/** Below this width the map and the details share one area, as two tabs. */
export const NARROW_BELOW = 600;

/**
 * Heights in CSS pixels. Narrow frames stack the panels, so they are taller; every height is
 * within the limits a column of text can carry (≤ 760 px, ≤ 720 px below 600 px wide).
 */
export const EMBED_HEIGHTS = {
  all: { narrow: 680, wide: 640 },
  mapTimeline: { narrow: 600, wide: 600 },
  timelineDetails: { narrow: 620, wide: 600 },
  mapDetails: { narrow: 600, wide: 560 },
  map: { narrow: 420, wide: 480 },
  timeline: { narrow: 340, wide: 320 },
  details: { narrow: 560, wide: 560 },
} as const;

export type EmbedLayoutName = keyof typeof EMBED_HEIGHTS;

/** Which layout a set of panels uses (an empty or unknown set shows all three). */
export function layoutName(controls: readonly Panel[]): EmbedLayoutName {
  const has = (p: Panel) => controls.includes(p);
  const count = PANELS.filter(has).length;
  if (count === 0 || count === 3) return 'all';
  if (count === 2) return has('details') ? (has('map') ? 'mapDetails' : 'timelineDetails') : 'mapTimeline';
  return has('map') ? 'map' : has('timeline') ? 'timeline' : 'details';
}

/** The embed's height for an iframe `width` CSS pixels wide. */
export function embedHeight(width: number, controls: readonly Panel[]): number {
  const row = EMBED_HEIGHTS[layoutName(controls)];
  return width < NARROW_BELOW ? row.narrow : row.wide;
}
