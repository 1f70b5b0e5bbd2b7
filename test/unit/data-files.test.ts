/**
 * The files published for reuse: data/events.csv (RFC 4180, written without a library) and
 * data/places.geojson. Table tests for the CSV writer, then the real story through both.
 */
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { csvField, csvText, EVENT_COLUMNS, eventsCsv, LIST_SEPARATOR, placesGeoJson } from '../../src/lib/story/data-files';
import { realStory } from './fixtures';

describe('csvField', () => {
  it.each([
    ['plain text stays as it is', 'Pyongyang', 'Pyongyang'],
    ['Arabic stays as it is', 'بيونغ يانغ', 'بيونغ يانغ'],
    ['a comma is quoted', 'Putin, Kim', '"Putin, Kim"'],
    ['a double quote is doubled and quoted', 'the "summit"', '"the ""summit"""'],
    ['a line feed is quoted', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return is quoted', 'one\rtwo', '"one\rtwo"'],
    ['an Arabic comma needs no quotes', 'بوتين، كيم', 'بوتين، كيم'],
    ['null is an empty field', null, ''],
    ['a number is written as JavaScript prints it', -125.7625, '-125.7625'],
    ['spaces at the ends are kept, unquoted', ' a ', ' a '],
  ])('%s', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('csvText', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['1', null],
      ]),
    ).toBe('\uFEFFa,b\r\n1,\r\n');
  });
  it('keeps a line break inside a quoted field', () => {
    expect(csvText([['x'], ['1\r\n2']])).toBe('\uFEFFx\r\n"1\r\n2"\r\n');
  });
});

/** Parses CSV with d3-dsv, a standard parser (the BOM is the file's, not a field's). */
function parseCsv(text: string): string[][] {
  return csvParseRows(text.replace(/^\uFEFF/, ''));
}

describe('eventsCsv on the real story', () => {
  const story = realStory();
  const rows = parseCsv(eventsCsv(story));

  it('parses with a standard parser into a header and one row per event', () => {
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
    expect(rows.length - 1).toBe(story.events.length);
    for (const r of rows) expect(r).toHaveLength(EVENT_COLUMNS.length);
  });

  it('writes each event’s fields, lists joined with "|", and its venue’s coordinates', () => {
    const col = (name: (typeof EVENT_COLUMNS)[number]) => EVENT_COLUMNS.indexOf(name);
    for (const [i, e] of story.events.entries()) {
      const r = rows[i + 1]!;
      expect(r[col('id')]).toBe(e.id);
      expect(r[col('title_ar')]).toBe(e.title.ar);
      expect(r[col('summary_en')]).toBe(e.summary.en);
      expect(r[col('precision')]).toBe(e.precision);
      expect(r[col('date_basis')]).toBe(e.date_basis);
      expect(r[col('attendees')]!.split(LIST_SEPARATOR).filter(Boolean)).toEqual(e.attendees);
      expect(r[col('articles')]!.split(LIST_SEPARATOR)).toEqual(e.reported_by.map((x) => x.article));
      const place = story.places.find((p) => p.id === e.venue);
      expect(r[col('venue_lon')]).toBe(place ? String(place.coordinates[0]) : '');
      expect(r[col('venue_lat')]).toBe(place ? String(place.coordinates[1]) : '');
    }
  });
});

describe('placesGeoJson on the real story', () => {
  const story = realStory();
  const geo = JSON.parse(JSON.stringify(placesGeoJson(story))) as ReturnType<typeof placesGeoJson>;

  it('is a FeatureCollection with a Point [longitude, latitude] per place', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(story.places.length);
    for (const [i, f] of geo.features.entries()) {
      const p = story.places[i]!;
      expect(f.type).toBe('Feature');
      expect(f.geometry).toEqual({ type: 'Point', coordinates: p.coordinates });
      expect(f.properties).toEqual({ id: p.id, name_ar: p.name.ar, name_en: p.name.en, kind_ar: p.kind.ar, kind_en: p.kind.en, main: p.main });
    }
  });
});
