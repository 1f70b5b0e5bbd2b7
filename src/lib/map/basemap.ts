/**
 * Turns the shipped TopoJSON basemap into the GeoJSON layers both maps draw (MapLibre and
 * the SVG fallback). Pure: topojson-client only.
 */
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, Geometry, Position } from 'geojson';

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

/**
 * The land for a planar map (MapLibre): each ring's longitudes made continuous across the
 * antimeridian (179.9 then 180.1, not -179.9). world-atlas joins the polygons Natural Earth cuts
 * there, for spherical renderers: d3-geo clips them itself, and the SVG map keeps them as they
 * are. Drawn on a plane, the jump is an edge across the whole world: Chukotka and Fiji were lines
 * over the map whenever it showed the world. MapLibre wraps longitudes past 180 onto the map.
 */
export function continuousLongitudes(land: FeatureCollection<Geometry>): FeatureCollection<Geometry> {
  const ring = (points: Position[]): Position[] => {
    let shift = 0;
    return points.map((p, i) => {
      const step = i === 0 ? 0 : p[0]! - points[i - 1]![0]!;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
      return shift === 0 ? p : [p[0]! + shift, ...p.slice(1)];
    });
  };
  const geometry = (g: Geometry): Geometry =>
    g.type === 'Polygon'
      ? { ...g, coordinates: g.coordinates.map(ring) }
      : g.type === 'MultiPolygon'
        ? { ...g, coordinates: g.coordinates.map((polygon) => polygon.map(ring)) }
        : g;
  return { ...land, features: land.features.map((f) => ({ ...f, geometry: geometry(f.geometry) })) };
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
