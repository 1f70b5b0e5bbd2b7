/**
 * A place marker as a real button, shared by the MapLibre map and the SVG fallback. Its
 * accessible name is the place's name in the reading language; aria-pressed says whether
 * it is highlighted for the selected day. Text only ever goes in through textContent.
 */
import type { MarkerView } from '../../lib/map/markers';
import type { Lang, Place } from '../../lib/story/types';

export function createMarkerButton(place: Place, lang: Lang, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `place-marker ${place.main ? 'is-main' : 'is-context'}`;
  button.dataset.place = place.id;
  const dot = document.createElement('span');
  dot.className = 'place-dot';
  dot.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'place-label';
  button.append(dot, label);
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  applyMarker(button, place, lang, undefined);
  return button;
}

/** Writes only what changed: with hundreds of places a scrub must not touch every button. */
function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function applyMarker(button: HTMLButtonElement, place: Place, lang: Lang, view: MarkerView | undefined): void {
  const label = button.lastElementChild!;
  const name = place.name[lang];
  if (label.textContent !== name) label.textContent = name;
  // The name stays even when the label is hidden (context places show it only when active).
  setAttr(button, 'aria-label', name);
  setAttr(button, 'lang', lang);
  setAttr(button, 'dir', lang === 'ar' ? 'rtl' : 'ltr');
  setAttr(button, 'aria-pressed', String(view?.pressed ?? false));
  setAttr(button, 'data-state', view?.state ?? 'idle');
  if (button.classList.contains('in-focus') !== (view?.inFocus ?? false)) button.classList.toggle('in-focus');
}
