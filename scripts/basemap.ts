/**
 * Builds the basemap the reader downloads: Natural Earth countries (world-atlas 1:50m),
 * kept detailed around the Korean peninsula and the Russian Far East and simplified hard
 * everywhere else, as one TopoJSON (shared borders stored once). Runs at build time only.
 *
 * Why one topology and per-point weights instead of two files at two scales: the borders
 * and coasts then meet without seams where the detailed region ends.
 */
import { createRequire } from 'node:module';
import type { Topology, GeometryCollection } from 'topojson-specification';

import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';
import { quantize } from 'topojson-client';

const require = createRequire(import.meta.url);

/** [west, south, east, north]: the story's theatre, drawn at full 1:50m detail. */
export const DETAIL_BOUNDS = [95, 25, 170, 66] as const;

/** Planar triangle area in square degrees, boosted inside the detailed region. */
function weight(triangle: [number, number][]): number {
  const [a, b, c] = triangle as [[number, number], [number, number], [number, number]];
  const area = Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
  const [w, s, e, n] = DETAIL_BOUNDS;
  const inside = b[0] >= w && b[0] <= e && b[1] >= s && b[1] <= n;
  return inside ? area * 1e4 : area;
}

export interface BasemapOptions {
  /** Smallest triangle (square degrees) kept outside the detailed region. */
  minWeight?: number;
  /** Islands smaller than this (square degrees) are dropped outside the detailed region. */
  minRingArea?: number;
}

export function buildBasemap(options: BasemapOptions = {}): Topology {
  const { minWeight = 0.2, minRingArea = 0.5 } = options;
  const world = structuredClone(require('world-atlas/countries-50m.json')) as Topology;
  const countries = world.objects.countries as GeometryCollection;
  // Only the shapes are needed; names and ids would be dead bytes.
  for (const g of countries.geometries) {
    delete g.properties;
    delete g.id;
  }
  const topology = { type: 'Topology', transform: world.transform, arcs: world.arcs, objects: { countries } } as Topology<{ countries: GeometryCollection }>;
  const weighted = presimplify(topology, weight);
  const simplified = simplify(weighted, minWeight);
  const [w, s, e, n] = DETAIL_BOUNDS;
  const keepRing = filterWeight(simplified, minRingArea, (ring) => {
    let area = 0;
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = ring[j]!;
      const [x1, y1] = ring[i]!;
      area += x0 * y1 - x1 * y0;
      if (x1! >= w && x1! <= e && y1! >= s && y1! <= n) inside = true;
    }
    return inside ? Infinity : Math.abs(area) / 2;
  });
  const filtered = filter(simplified, keepRing);
  // 1e4 steps across the world is ~4 km: finer than a pixel at the zooms the map allows.
  return quantize(filtered, 1e4);
}
