/**
 * Dragging with Pointer Events: mouse, pen and touch alike, with pointer capture so a drag
 * that leaves the element keeps going. The timeline's zoom and pan are d3-zoom's; the
 * scrubber handle and the overview only need positions along x, and this keeps d3-drag and
 * d3-selection out of the first download (they arrive with d3-zoom).
 */
export interface PointerDragHandlers {
  /** x is relative to the container's left edge. */
  start?(x: number): void;
  move(x: number): void;
  end?(): void;
}

export function attachPointerDrag(element: Element, container: () => Element, handlers: PointerDragHandlers): () => void {
  let active: number | null = null;
  const xOf = (e: PointerEvent) => e.clientX - container().getBoundingClientRect().left;

  const down = (e: Event) => {
    const p = e as PointerEvent;
    if (active !== null || (p.pointerType === 'mouse' && p.button !== 0)) return;
    active = p.pointerId;
    element.setPointerCapture(p.pointerId);
    p.preventDefault();
    handlers.start?.(xOf(p));
    handlers.move(xOf(p));
  };
  const move = (e: Event) => {
    const p = e as PointerEvent;
    if (p.pointerId !== active) return;
    handlers.move(xOf(p));
  };
  const up = (e: Event) => {
    if ((e as PointerEvent).pointerId !== active) return;
    active = null;
    handlers.end?.();
  };
  // A capture lost without an up or a cancel (the element removed, another capture) ends the
  // drag too: a drag left open would hold the address and the map's camera still.
  const ends = ['pointerup', 'pointercancel', 'lostpointercapture'];
  element.addEventListener('pointerdown', down);
  element.addEventListener('pointermove', move);
  for (const type of ends) element.addEventListener(type, up);
  return () => {
    element.removeEventListener('pointerdown', down);
    element.removeEventListener('pointermove', move);
    for (const type of ends) element.removeEventListener(type, up);
  };
}
