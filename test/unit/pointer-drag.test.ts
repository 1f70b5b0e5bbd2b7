/** The handle's drag ends on every way a pointer can let go, once, and only for its own pointer. */
import { describe, expect, it } from 'vitest';
import { attachPointerDrag } from '../../src/app/timeline/pointer-drag';

function pointer(type: string, pointerId: number, clientX = 0): Event {
  return Object.assign(new Event(type, { cancelable: true }), { pointerId, clientX, button: 0, pointerType: 'mouse' });
}

function dragOn() {
  const element = Object.assign(new EventTarget(), { setPointerCapture: () => {} });
  const container = { getBoundingClientRect: () => ({ left: 10 }) };
  const log: string[] = [];
  const detach = attachPointerDrag(element as unknown as Element, () => container as unknown as Element, {
    start: (x) => log.push(`start ${x}`),
    move: (x) => log.push(`move ${x}`),
    end: () => log.push('end'),
  });
  return { element, log, detach };
}

describe('attachPointerDrag', () => {
  it.each(['pointerup', 'pointercancel', 'lostpointercapture'])('ends the drag on %s, once', (type) => {
    const { element, log } = dragOn();
    element.dispatchEvent(pointer('pointerdown', 1, 30));
    element.dispatchEvent(pointer('pointermove', 1, 50));
    element.dispatchEvent(pointer(type, 1));
    // The browser fires lostpointercapture after an up or a cancel: the drag is already over.
    element.dispatchEvent(pointer('lostpointercapture', 1));
    element.dispatchEvent(pointer('pointermove', 1, 70));
    expect(log).toEqual(['start 20', 'move 20', 'move 40', 'end']);
  });

  it("ignores another pointer's events, and everything once detached", () => {
    const { element, log, detach } = dragOn();
    element.dispatchEvent(pointer('pointerdown', 1, 30));
    element.dispatchEvent(pointer('pointermove', 2, 50));
    element.dispatchEvent(pointer('lostpointercapture', 2));
    expect(log).toEqual(['start 20', 'move 20']);
    detach();
    element.dispatchEvent(pointer('pointerup', 1));
    expect(log).toEqual(['start 20', 'move 20']);
  });
});
