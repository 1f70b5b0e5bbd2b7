/**
 * Which part of the embed the reader can see in the host page, as two CSS custom properties
 * on the root (`--visible-top`, `--visible-height`, in the iframe's pixels), so dialogs open
 * where the reader is, not centred on a frame that may be half scrolled away.
 *
 * An IntersectionObserver with the implicit root measures against the top-level viewport,
 * even across origins, and needs nothing from the host. Written through the CSSOM (the
 * policy allows no inline style attributes).
 */
export function trackVisibleFrame(target: Element): () => void {
  const root = document.documentElement;
  const thresholds = Array.from({ length: 51 }, (_, i) => i / 50);
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const visible = entry.isIntersecting ? entry.intersectionRect : entry.boundingClientRect;
      root.style.setProperty('--visible-top', `${Math.max(0, Math.round(visible.top))}px`);
      root.style.setProperty('--visible-height', `${Math.round(entry.isIntersecting ? visible.height : innerHeight)}px`);
    },
    { threshold: thresholds },
  );
  observer.observe(target);
  return () => {
    observer.disconnect();
    root.style.removeProperty('--visible-top');
    root.style.removeProperty('--visible-height');
  };
}
