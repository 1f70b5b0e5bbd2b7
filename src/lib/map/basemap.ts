/**
 * Turns the shipped TopoJSON basemap into the GeoJSON layers both maps draw (MapLibre and
 * the SVG fallback). Pure: topojson-client only.
 */
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, Geometry } from 'geojson';

export interface BasemapLayers {
  land: FeatureCollection<Geometry>;
  /** Borders between countries (each drawn once). */
  borders: MultiLineString;
}

export function basemapLayers(topology: unknown): BasemapLayers {
  const t = topology as Topology;
  const countries = t?.objects?.countries as GeometryCollection | undefined;
  if (!t || t.type !== 'Topology' || !countries || countries.type !== 'GeometryCollection') {
    throw new Error('basemap.json is not a TopoJSON topology with a "countries" object');
  }
  const land = feature(t, countries) as FeatureCollection<Geometry>;
  const borders = mesh(t, countries, (a, b) => a !== b);
  return { land, borders };
}

/** The bounds [[west, south], [east, north]] of a set of [lon, lat] points. */
export function boundsOf(points: readonly [number, number][]): [[number, number], [number, number]] {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const [x, y] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [
    [w, s],
    [e, n],
  ];
}
