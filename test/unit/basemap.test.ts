import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { basemapLayers, continuousLongitudes } from '../../src/lib/map/basemap';
import { buildBasemap } from '../../scripts/basemap';

const rings = (g: Geometry): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : []);
/** Edges that jump more than half the world in longitude: on a plane, lines across the map. */
const jumps = (land: FeatureCollection<Geometry>) =>
  land.features.flatMap((f) => rings(f.geometry).flatMap((r) => r.slice(1).filter((p, i) => Math.abs(p[0]! - r[i]![0]!) > 180)));

const polygon = (ring: Position[]): FeatureCollection<Geometry> => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }],
});

describe('the basemap on a planar map', () => {
  it('carries a ring across the antimeridian on, rather than back across the world', () => {
    const across = polygon([
      [178, 65],
      [-179, 66],
      [-178, 64],
      [179, 63],
      [178, 65],
    ]);
    expect((continuousLongitudes(across).features[0]!.geometry as { coordinates: Position[][] }).coordinates[0]).toEqual([
      [178, 65],
      [181, 66],
      [182, 64],
      [179, 63],
      [178, 65],
    ]);
  });

  it('leaves a ring that does not cross it as it is', () => {
    const korea = polygon([
      [125, 38],
      [129, 38],
      [129, 42],
      [125, 38],
    ]);
    expect(continuousLongitudes(korea)).toEqual(korea);
  });

  it('gives MapLibre no edge across the world from the shipped basemap (Chukotka, Fiji)', () => {
    const { land } = basemapLayers(buildBasemap());
    expect(jumps(land).length).toBeGreaterThan(0);
    expect(jumps(continuousLongitudes(land))).toEqual([]);
  });
});
