/** Basemap colours, shared by the MapLibre style and the SVG fallback. */
export const MAP_COLORS = { sea: '#dbe6ec', land: '#f6f3ec', border: '#a9a398', coast: '#9fb3bf' } as const;
