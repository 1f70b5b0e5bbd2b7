/** d3-zoom and the d3-selection it acts through: one chunk, loaded after the timeline is usable. */
export { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
export { select } from 'd3-selection';
