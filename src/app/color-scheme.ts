/**
 * The reader's system switching between light and dark. An embed with theme=auto follows it
 * in CSS by itself; what paints with colours read once from CSS (the MapLibre basemap, the
 * density canvas) reads them again when this fires.
 */
export function onColorSchemeChange(callback: () => void): () => void {
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', callback);
  return () => scheme.removeEventListener('change', callback);
}
