/**
 * The MapLibre boundary: the only module that touches maplibre-gl. Loaded lazily (its
 * own chunk), so the timeline is usable before the map code arrives.
 *
 * The style has no glyphs, no sprite and no remote source: the basemap is our own
 * GeoJSON, and place names are HTML buttons (real, focusable, translatable, and
 * highlighted by class, never by setData).
 */
import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type StyleSpecification, type LngLatBoundsLike } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { BasemapLayers } from '../../lib/map/basemap';
import { boundsOf, continuousLongitudes } from '../../lib/map/basemap';
import { spreadMarkers } from '../../lib/map/spread';
import { labelSides, type Box } from '../../lib/map/labels';
import type { Lang, Place } from '../../lib/story/types';
import { mount, unmount } from 'svelte';
import PlaceButton from './PlaceButton.svelte';
import { createPlaceLayer } from './place-layer';
import type { MapColors } from './colors';
import { mapGlMessages } from '../../lib/i18n/map-gl';

setWorkerUrl(workerUrl);

/**
 * What is drawn over the map, which no place's name may hide under: MapLibre's controls (zoom,
 * credits) and the app's own buttons on the map, which carry `data-over-map` (MapView).
 */
const OVER_MAP = '.maplibregl-ctrl, [data-over-map]';

/** The zoom buttons' words, from the app's messages (the SVG map has them too); MapLibre's others are in map-gl.ts. */
export interface MapZoomWords {
  zoomIn: string;
  zoomOut: string;
}

export interface StoryMapOptions {
  container: HTMLElement;
  lang: Lang;
  words: MapZoomWords;
  basemap: BasemapLayers;
  /** The theme's basemap colours (colors.ts). */
  colors: MapColors;
  places: Place[];
  reducedMotion: boolean;
  cooperativeGestures: boolean;
  /** The app's contexts (getAllContexts), for the place buttons mounted outside the component tree. */
  context: Map<unknown, unknown>;
  /** The first complete render, and the first time the map is idle (for the benchmark's marks). */
  onFirstRender?(): void;
  onFirstIdle?(): void;
  /** The WebGL context was lost, or came back (MapLibre redraws everything itself then). */
  onContextLost?(): void;
  onContextRestored?(): void;
}

export interface StoryMap {
  /** The reading language's words for MapLibre's own controls. */
  update(lang: Lang, words: MapZoomWords): void;
  /** Brings these places into view if any is off screen. */
  reveal(placeIds: string[]): void;
  /** Fits the camera to these places (a tour step's `fit`), whatever is in view. */
  fitPlaces(placeIds: readonly string[]): void;
  fitStory(): void;
  /** Keeps the place labels on the map (after a label was shown, hidden or set in bold), in a frame or two. */
  placeLabels(): void;
  /** Recolours the basemap (the reader's system switched between light and dark). */
  setColors(colors: MapColors): void;
  destroy(): void;
}

function style(basemap: BasemapLayers, colors: MapColors): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: continuousLongitudes(basemap.land) },
      borders: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: basemap.borders } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colors.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': colors.land } },
      { id: 'coast', type: 'line', source: 'land', paint: { 'line-color': colors.coast, 'line-width': 0.6 } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': colors.border, 'line-width': 0.8, 'line-dasharray': [3, 2] } },
    ],
  };
}

export function createStoryMap(opts: StoryMapOptions): StoryMap {
  const mainBounds = boundsOf(opts.places.filter((p) => p.main).map((p) => p.coordinates));
  const glWords = mapGlMessages[opts.lang];
  // Throws (GPUInitializationError) without WebGL2: the caller falls back to the SVG map.
  const map = new MapLibreMap({
    container: opts.container,
    style: style(opts.basemap, opts.colors),
    bounds: mainBounds as LngLatBoundsLike,
    fitBoundsOptions: { padding: 48 },
    cooperativeGestures: opts.cooperativeGestures,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    renderWorldCopies: false,
    maxZoom: 9,
    minZoom: 0,
    fadeDuration: 0,
    locale: {
      'Map.Title': glWords.canvas,
      'CooperativeGesturesHandler.WindowsHelpText': glWords.windowsHelp,
      'CooperativeGesturesHandler.MacHelpText': glWords.macHelp,
      'CooperativeGesturesHandler.MobileHelpText': glWords.mobileHelp,
      'AttributionControl.ToggleAttribution': glWords.toggleAttribution,
      'NavigationControl.ZoomIn': opts.words.zoomIn,
      'NavigationControl.ZoomOut': opts.words.zoomOut,
    },
  });
  // Zoom buttons for touch and pointer readers (the keyboard has + and − on the canvas).
  map.addControl(new NavigationControl({ showCompass: false }), 'bottom-left');
  if (opts.onFirstRender) map.once('load', opts.onFirstRender);
  if (opts.onFirstIdle) map.once('idle', opts.onFirstIdle);
  if (opts.onContextLost) map.on('webglcontextlost', opts.onContextLost);
  if (opts.onContextRestored) map.on('webglcontextrestored', opts.onContextRestored);
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();

  const placeById = new Map(opts.places.map((p) => [p.id, p]));
  let wordsLang: Lang | null = null;
  // The place buttons are the SVG map's own component, mounted outside the component tree
  // (with the app's contexts) into one layer over the map (place-layer.ts).
  const markers: { place: Place; element: HTMLElement }[] = [];
  const buttons = opts.places.map((place) => {
    const host = document.createElement('div');
    const button = mount(PlaceButton, { target: host, props: { place }, context: opts.context });
    const element = host.firstElementChild as HTMLElement;
    // A place reached with the keyboard is brought into view (Washington, Italy… lie far off
    // the story's map; Tokyo sits on its lower edge): its focus ring must be seen.
    // (A click focuses it too, but the pointer already sees where it is.)
    element.addEventListener('focus', () => {
      if (element.matches(':focus-visible')) showPlace(place);
    });
    markers.push({ place, element });
    return button;
  });
  const placeLayer = createPlaceLayer(
    map.getCanvasContainer(),
    markers.map(({ place, element }) => ({ element, coordinates: place.coordinates })),
    (lngLat) => map.project(lngLat),
  );
  placeLayer.position(false);
  map.on('move', () => placeLayer.position(true));
  // The names wait for their first placement (at the map's load): shown on their default side
  // first, they would hop a frame later, a layout shift a reader sees when the machine is busy.
  map.getContainer().classList.add('labels-unplaced');

  /** A place button's square target (px): two never overlap (spread.ts). */
  const TARGET = 24;
  /** Each button's centre on screen, spread included, as of the last camera move. */
  let centres: { x: number; y: number }[] = [];
  /**
   * After each camera move: buttons that would overlap are pulled apart (spread.ts), then the
   * labels are placed.
   */
  function spread() {
    const at = markers.map(({ place }) => ({ id: place.id, main: place.main, ...map.project(place.coordinates) }));
    const moved = spreadMarkers(at, TARGET);
    centres = markers.map(({ place }, i) => {
      const offset = moved.get(place.id) ?? [0, 0];
      placeLayer.setOffset(i, offset);
      return { x: at[i]!.x + offset[0], y: at[i]!.y + offset[1] };
    });
    placeLayer.position(false);
    placeLabels();
  }
  /**
   * A label that would run off the map's edge (the selected place's name on a phone), or lie
   * over another place's dot or name, hangs on the dot's other side, else above or below it
   * (lib/map/labels). Run after each change of the day, the focus or the language (when a scrub
   * ends, not on its every frame: MapView). Every label's size is read first and the classes
   * written after, so the browser lays the page out once, not once per place.
   */
  function placeLabels() {
    if (centres.length !== markers.length) return;
    const { clientWidth: mapWidth, clientHeight: mapHeight } = map.getContainer();
    // The buttons read in the app's direction (they carry no dir of their own: Svelte writes an
    // element's dir again with each of its other attributes, restyling it on every day change).
    const rtl = getComputedStyle(map.getContainer()).direction === 'rtl';
    const points = markers.map(({ place, element }, i) => {
      const label = element.querySelector<HTMLElement>('.place-label');
      const lit = element.dataset.state === 'current' || element.classList.contains('in-focus');
      return { id: place.id, main: place.main, lit, ...centres[i]!, width: label?.offsetWidth ?? 0, height: label?.offsetHeight ?? 0 };
    });
    const sides = labelSides(points, { mapWidth, mapHeight, rtl, target: TARGET, gap: 4, controls: controlBoxes() });
    markers.forEach(({ place, element }) => {
      const side = sides.get(place.id);
      for (const s of ['before', 'above', 'below', 'hidden'] as const) {
        const on = side === s;
        if (element.classList.contains(`label-${s}`) !== on) element.classList.toggle(`label-${s}`, on);
      }
    });
    map.getContainer().classList.remove('labels-unplaced');
  }
  /** The boxes of what is drawn over the map (its controls, the app's buttons on it), in the map's pixels. */
  function controlBoxes(): Box[] {
    const container = map.getContainer();
    const origin = container.getBoundingClientRect();
    return [...(container.parentElement ?? container).querySelectorAll(OVER_MAP)].flatMap((element) => {
      const r = element.getBoundingClientRect();
      return r.width > 0 && r.height > 0
        ? [{ left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top }]
        : [];
    });
  }
  let labelsFrame = 0;
  /**
   * Places the labels at the start of the frame after next: by then the page has been laid out
   * and painted, so reading the labels' widths costs nothing. Measured in the task that changed
   * the day, they cost a layout of the whole page there (12 ms a key step at 10,000 events,
   * with 300 places). A flipped label shows a frame later, which no reader sees.
   */
  function placeLabelsSoon() {
    if (labelsFrame) return;
    labelsFrame = requestAnimationFrame(() => {
      labelsFrame = requestAnimationFrame(() => {
        labelsFrame = 0;
        placeLabels();
      });
    });
  }
  map.on('moveend', spread);
  map.on('resize', spread);
  map.once('load', spread);

  const duration = opts.reducedMotion ? 0 : 600;
  /**
   * The closest a fit comes, on a map 840 × 420 px (the full page's at 1280 × 800): a tour step
   * on one place (Vostochny) at zoom 6 showed a forest and a border line; at 4.5 the coast and
   * Komsomolsk around it say where it is. A smaller map shows less at the same zoom, so it stops
   * a level sooner for each halving (3.4 on a 390 px phone).
   */
  const FIT_MAX_ZOOM = 4.5;
  const fitMaxZoom = (width: number, height: number) => Math.max(2, FIT_MAX_ZOOM + Math.log2(Math.min(width / 840, height / 420)));
  const fit = (bounds: [[number, number], [number, number]]) => {
    const { clientWidth, clientHeight } = map.getContainer();
    const padding = Math.min(48, clientWidth / 8);
    // A map squeezed to nothing (a tab hidden, a tall tour caption in a short frame) has no view to fit.
    if (clientWidth <= 2 * padding || clientHeight <= 2 * padding) return;
    map.fitBounds(bounds as LngLatBoundsLike, { padding, duration, maxZoom: fitMaxZoom(clientWidth, clientHeight) });
  };
  /** Room kept between a focused place and the map's edge: its dot, focus ring and some of its label. */
  const EDGE_ROOM = 28;
  function showPlace(place: Place) {
    const container = map.getContainer();
    // The browser may have scrolled the clipped map box to the button: the map draws from its corner.
    container.scrollTop = 0;
    container.scrollLeft = 0;
    const { x, y } = map.project(place.coordinates);
    const inside = x >= EDGE_ROOM && x <= container.clientWidth - EDGE_ROOM && y >= EDGE_ROOM && y <= container.clientHeight - EDGE_ROOM;
    if (!inside) fit(boundsOf([place.coordinates, ...mainBounds]));
  }

  return {
    update(lang, words) {
      if (lang !== wordsLang) {
        // MapLibre reads its locale once; a language switch rewrites the words it already drew.
        wordsLang = lang;
        const root = map.getContainer();
        const gl = mapGlMessages[lang];
        map.getCanvas().setAttribute('aria-label', gl.canvas);
        const gesture = root.querySelector('.maplibregl-desktop-message');
        if (gesture) gesture.textContent = navigator.platform.startsWith('Mac') ? gl.macHelp : gl.windowsHelp;
        const mobile = root.querySelector('.maplibregl-mobile-message');
        if (mobile) mobile.textContent = gl.mobileHelp;
        const attrib = root.querySelector('.maplibregl-ctrl-attrib-button');
        attrib?.setAttribute('title', gl.toggleAttribution);
        attrib?.setAttribute('aria-label', gl.toggleAttribution);
        for (const [selector, word] of [
          ['.maplibregl-ctrl-zoom-in', words.zoomIn],
          ['.maplibregl-ctrl-zoom-out', words.zoomOut],
        ] as const) {
          const button = root.querySelector(selector);
          button?.setAttribute('title', word);
          button?.setAttribute('aria-label', word);
        }
      }
    },
    reveal(placeIds) {
      if (placeIds.length === 0) return;
      const view = map.getBounds();
      const points = placeIds.map((id) => placeById.get(id)?.coordinates).filter((c): c is [number, number] => !!c);
      if (points.every((c) => view.contains(c))) return;
      fit(boundsOf([...points, ...mainBounds]));
    },
    fitPlaces(placeIds) {
      const points = placeIds.map((id) => placeById.get(id)?.coordinates).filter((c): c is [number, number] => !!c);
      if (points.length) fit(boundsOf(points));
    },
    fitStory() {
      fit(mainBounds);
    },
    placeLabels: placeLabelsSoon,
    setColors(colors) {
      const paint = () => {
        map.setPaintProperty('sea', 'background-color', colors.sea);
        map.setPaintProperty('land', 'fill-color', colors.land);
        map.setPaintProperty('coast', 'line-color', colors.coast);
        map.setPaintProperty('borders', 'line-color', colors.border);
      };
      // The style is inline and loads at once, but a switch can still land before it has.
      if (map.isStyleLoaded()) paint();
      else map.once('load', paint);
    },
    destroy() {
      cancelAnimationFrame(labelsFrame);
      map.remove();
      placeLayer.remove();
      for (const button of buttons) void unmount(button);
    },
  };
}
