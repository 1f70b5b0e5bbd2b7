/**
 * Basemap colours come from the page's theme: the custom properties --map-sea, --map-land,
 * --map-border and --map-coast in styles.css (light by default, dark for a dark embed). The
 * SVG map uses them directly; MapLibre, which needs plain colour values, reads them here.
 */
export interface MapColors {
  sea: string;
  land: string;
  border: string;
  coast: string;
}

export function mapColors(element: Element): MapColors {
  const css = getComputedStyle(element);
  const read = (name: keyof MapColors) => css.getPropertyValue(`--map-${name}`).trim();
  return { sea: read('sea'), land: read('land'), border: read('border'), coast: read('coast') };
}
