/**
 * The story as files for reuse ("Get the data"): data/events.csv, one row per event, and
 * data/places.geojson, a point per place; data/story.json (written by the build) holds the
 * rest. Pure: given the compiled story, returns text.
 *
 * The CSV is written here rather than with a library because no CSV library ships with the
 * app (d3-dsv is only a dev dependency, for the tests) and RFC 4180 output is small: a field is
 * quoted when it holds a comma, a double quote, CR or LF, and a double quote inside is doubled.
 * Records end with CRLF. The file starts with a UTF-8 byte order mark, so that Excel reads
 * the Arabic columns as UTF-8 (other tools skip it; d3-dsv keeps it in the first header,
 * so strip it first there). Lists in a cell (attendees, articles) are joined with "|", which
 * no id contains and which no spreadsheet takes for a field separator.
 */
import type { CompiledStory } from './types.ts';

/** Where the build publishes each file, relative to the app's pages. */
export const DATA_FILES = {
  events: 'data/events.csv',
  places: 'data/places.geojson',
  story: 'data/story.json',
} as const;

export const LIST_SEPARATOR = '|';
const BOM = '\uFEFF';

export const EVENT_COLUMNS = [
  'id',
  'category',
  'status',
  'start',
  'end',
  'precision',
  'first_day',
  'last_day',
  'date_basis',
  'date_note_ar',
  'date_note_en',
  'venue',
  'venue_basis',
  'venue_lon',
  'venue_lat',
  'attendees',
  'title_ar',
  'title_en',
  'summary_ar',
  'summary_en',
  'articles',
] as const;

/** One CSV field, quoted only when it must be (RFC 4180). */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of fields as CSV text: CRLF after every record, a UTF-8 BOM first. */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

type Tabular = Pick<CompiledStory, 'events' | 'places'>;

export function eventsCsv(story: Tabular): string {
  const place = new Map(story.places.map((p) => [p.id, p]));
  const rows = story.events.map((e) => {
    const at = e.venue ? (place.get(e.venue)?.coordinates ?? null) : null;
    return [
      e.id,
      e.category,
      e.status,
      e.start,
      e.end,
      e.precision,
      e.first_day,
      e.last_day,
      e.date_basis,
      e.date_note?.ar ?? null,
      e.date_note?.en ?? null,
      e.venue,
      e.venue ? e.venue_basis : null,
      at?.[0] ?? null,
      at?.[1] ?? null,
      e.attendees.join(LIST_SEPARATOR),
      e.title.ar,
      e.title.en,
      e.summary.ar,
      e.summary.en,
      e.reported_by.map((r) => r.article).join(LIST_SEPARATOR),
    ];
  });
  return csvText([EVENT_COLUMNS, ...rows]);
}

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; name_ar: string; name_en: string; kind_ar: string; kind_en: string; main: boolean };
}

/** A GeoJSON FeatureCollection (RFC 7946): a Point [longitude, latitude] per place. */
export function placesGeoJson(story: Pick<CompiledStory, 'places'>): { type: 'FeatureCollection'; features: PlaceFeature[] } {
  return {
    type: 'FeatureCollection',
    features: story.places.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.coordinates[0], p.coordinates[1]] },
      properties: { id: p.id, name_ar: p.name.ar, name_en: p.name.en, kind_ar: p.kind.ar, kind_en: p.kind.en, main: p.main },
    })),
  };
}
