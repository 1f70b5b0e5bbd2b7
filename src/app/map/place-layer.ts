/**
 * The place buttons over the MapLibre map: one layer holding them all, each moved to its
 * place's point on screen by a 2D transform.
 *
 * Why not MapLibre's Marker: it writes `rotateX(0deg) rotateZ(0deg)` into every element's
 * transform and its stylesheet gives each `will-change: transform`, so every marker is a
 * compositing layer of its own (316 layers with the 300 places of a 10,000-event story). A
 * trace of a timeline scrub there spent more time committing and layerizing those layers than
 * running the app's script, and with the markers hidden the scrub had no long task at all.
 * Here the buttons share one layer: a change of the day repaints the few buttons it restyles.
 */

/** What the layer needs from the map: MapLibre's `project`. */
export type Project = (lngLat: [number, number]) => { x: number; y: number };

export interface PlaceLayer {
  /** Places every button again: rounded to whole pixels unless the camera is still moving. */
  position(moving: boolean): void;
  /** Moves a button off its place by this many pixels (spread.ts), from the next `position`. */
  setOffset(index: number, offset: readonly [number, number]): void;
  remove(): void;
}

export function createPlaceLayer(parent: HTMLElement, items: readonly { element: HTMLElement; coordinates: [number, number] }[], project: Project): PlaceLayer {
  const layer = document.createElement('div');
  layer.className = 'place-layer';
  const offsets = items.map((): readonly [number, number] => [0, 0]);
  /** Each button's transform as last written: an unchanged one is not written again. */
  const written = items.map(() => '');
  for (const { element } of items) {
    // As MapLibre's markers did: pressing a button does not take the focus from where the
    // reader left it (the keyboard still reaches every button), nor start a native drag.
    element.addEventListener('mousedown', (e) => e.preventDefault());
    element.addEventListener('dragstart', (e) => e.preventDefault());
    layer.append(element);
  }
  parent.append(layer);

  return {
    position(moving) {
      items.forEach(({ element, coordinates }, i) => {
        const point = project(coordinates);
        const [dx, dy] = offsets[i]!;
        // Whole pixels at rest keep the dots and labels crisp; while the camera moves they
        // would make the buttons stutter against the basemap.
        const x = moving ? point.x + dx : Math.round(point.x + dx);
        const y = moving ? point.y + dy : Math.round(point.y + dy);
        const transform = `translate(${x}px, ${y}px) translate(-50%, -50%)`;
        if (written[i] === transform) return;
        written[i] = transform;
        element.style.transform = transform;
      });
    },
    setOffset(index, offset) {
      offsets[index] = offset;
    },
    remove() {
      layer.remove();
    },
  };
}
