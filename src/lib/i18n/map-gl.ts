/**
 * The movable map's own words (MapLibre's canvas and controls), in both languages: loaded with
 * the map (app/map/story-map.ts), so they stay out of the first download. English defines the
 * shape; a missing Arabic string is a type error. The zoom buttons' words are in en.ts/ar.ts:
 * the SVG map uses them too.
 */
import type { Lang } from '../story/types.ts';

const en = {
  /** The movable map itself (MapLibre's canvas), a region inside the map panel: a name of its own. */
  canvas: 'Movable map view (arrow keys move it, + and − zoom)',
  windowsHelp: 'Use Ctrl + scroll to zoom the map',
  macHelp: 'Use ⌘ + scroll to zoom the map',
  mobileHelp: 'Use two fingers to move the map',
  toggleAttribution: 'Show or hide the map credits',
};

export type MapGlMessages = typeof en;

const ar: MapGlMessages = {
  canvas: 'الخريطة التفاعلية (حرّكها بمفاتيح الأسهم، وكبّرها أو صغّرها بمفتاحَي + و−)',
  windowsHelp: 'استخدم Ctrl مع التمرير لتكبير الخريطة وتصغيرها',
  macHelp: 'استخدم ⌘ مع التمرير لتكبير الخريطة وتصغيرها',
  mobileHelp: 'استخدم إصبعين لتحريك الخريطة',
  toggleAttribution: 'أظهر مصادر الخريطة أو أخفها',
};

export const mapGlMessages: Record<Lang, MapGlMessages> = { ar, en };
