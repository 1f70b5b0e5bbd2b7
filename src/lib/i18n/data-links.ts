/**
 * "Get the data"'s words, in both languages: loaded with its section (after the timeline is
 * usable), so they stay out of the first download. English defines the shape; a missing Arabic
 * string is a type error. The section's heading, linked from the embed, is in en.ts/ar.ts.
 */
import type { Lang } from '../story/types.ts';

const en = {
  events: 'Events (CSV)',
  places: 'Places (GeoJSON)',
  story: 'Everything (JSON)',
  note: 'events.csv: a row per event (dates with precision and basis, place and coordinates, attendees, titles and summaries in both languages, reporting articles; lists separated by |). places.geojson: a point per place. story.json: everything, with the articles and quotes.',
};

export type DataLinksMessages = typeof en;

const ar: DataLinksMessages = {
  events: 'الأحداث (CSV)',
  places: 'الأماكن (GeoJSON)',
  story: 'القصة كاملة (JSON)',
  note: 'events.csv: صف لكل حدث (التواريخ ودقتها ومصدرها، والمكان وإحداثياته، والحاضرون، والعناوين والملخصات باللغتين، والمقالات؛ القوائم مفصولة بـ |). places.geojson: نقطة لكل مكان. story.json: كل شيء، مع المقالات والاقتباسات.',
};

export const dataLinksMessages: Record<Lang, DataLinksMessages> = { ar, en };
