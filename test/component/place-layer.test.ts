import { afterEach, describe, expect, it } from 'vitest';
import { createPlaceLayer, type Project } from '../../src/app/map/place-layer';

/** A map of 1° to 10 px, with its origin at the layer's corner. */
const project: Project = ([lng, lat]) => ({ x: lng * 10, y: -lat * 10 });

function setUp() {
  const parent = document.createElement('div');
  parent.style.cssText = 'position: relative; width: 400px; height: 300px';
  document.body.append(parent);
  const items = [
    { element: document.createElement('button'), coordinates: [10.04, -5.06] as [number, number] },
    { element: document.createElement('button'), coordinates: [20, -10] as [number, number] },
  ];
  for (const { element } of items) element.style.cssText = 'position: absolute; top: 0; left: 0; width: 24px; height: 24px';
  return { parent, items, layer: createPlaceLayer(parent, items, project) };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('createPlaceLayer', () => {
  it('puts every button in one layer over the map, centred on its place in whole pixels at rest', () => {
    const { parent, items, layer } = setUp();
    layer.position(false);
    const holder = parent.querySelector('.place-layer')!;
    expect([...holder.children]).toEqual(items.map((i) => i.element));
    expect(items[0]!.element.style.transform).toBe('translate(100px, 51px) translate(-50%, -50%)');
    expect(items[1]!.element.style.transform).toBe('translate(200px, 100px) translate(-50%, -50%)');
    const box = items[0]!.element.getBoundingClientRect();
    const origin = parent.getBoundingClientRect();
    expect([box.x + box.width / 2 - origin.x, box.y + box.height / 2 - origin.y]).toEqual([100, 51]);
  });

  it('moves by subpixels while the camera moves, and adds a spread offset from the next placing', () => {
    const { items, layer } = setUp();
    layer.position(true);
    expect(items[0]!.element.style.transform).toBe('translate(100.4px, 50.6px) translate(-50%, -50%)');
    layer.setOffset(1, [-12, 6]);
    expect(items[1]!.element.style.transform).toBe('translate(200px, 100px) translate(-50%, -50%)');
    layer.position(false);
    expect(items[1]!.element.style.transform).toBe('translate(188px, 106px) translate(-50%, -50%)');
  });

  it('gives no button a 3D transform or a compositing layer of its own (MapLibre’s Marker did both)', () => {
    const { items, layer } = setUp();
    layer.position(false);
    for (const { element } of items) {
      expect(getComputedStyle(element).transform).toMatch(/^matrix\(/);
      expect(getComputedStyle(element).willChange).toBe('auto');
    }
  });

  it('writes a transform only where it changed', () => {
    const { items, layer } = setUp();
    layer.position(false);
    const writes: string[] = [];
    for (const { element } of items) {
      // Watched at the setter: the browser itself records no change for a rewrite of the same value.
      Object.defineProperty(element.style, 'transform', { set: (value: string) => writes.push(value), configurable: true });
    }
    layer.position(false);
    layer.setOffset(0, [3, 0]);
    layer.position(false);
    expect(writes).toEqual(['translate(103px, 51px) translate(-50%, -50%)']);
  });

  it('keeps the focus where it was when a button is pressed, as MapLibre’s markers did', () => {
    const { items } = setUp();
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    items[0]!.element.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });

  it('takes its layer, buttons and all, off the map when removed', () => {
    const { parent, layer } = setUp();
    layer.remove();
    expect(parent.querySelector('.place-layer')).toBeNull();
    expect(parent.querySelectorAll('button')).toHaveLength(0);
  });
});
