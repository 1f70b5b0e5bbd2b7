import { describe, expect, it } from 'vitest';
import { stepForKey } from '../../src/lib/timeline/keys';

describe('stepForKey', () => {
  it.each([
    // key, shift, dir, step
    ['ArrowRight', false, 'ltr', 'next-event'],
    ['ArrowRight', true, 'ltr', 'next-day'],
    ['ArrowLeft', false, 'ltr', 'previous-event'],
    ['ArrowLeft', true, 'ltr', 'previous-day'],
    ['ArrowLeft', false, 'rtl', 'next-event'],
    ['ArrowLeft', true, 'rtl', 'next-day'],
    ['ArrowRight', false, 'rtl', 'previous-event'],
    ['ArrowRight', true, 'rtl', 'previous-day'],
    ['ArrowUp', false, 'ltr', 'next-event'],
    ['ArrowUp', false, 'rtl', 'next-event'],
    ['ArrowUp', true, 'rtl', 'next-day'],
    ['ArrowDown', false, 'rtl', 'previous-event'],
    ['ArrowDown', true, 'ltr', 'previous-day'],
    ['PageUp', false, 'ltr', 'next-month'],
    ['PageUp', true, 'rtl', 'next-month'],
    ['PageDown', false, 'rtl', 'previous-month'],
    ['Home', false, 'rtl', 'first'],
    ['End', true, 'ltr', 'last'],
    ['Enter', false, 'ltr', null],
    [' ', false, 'rtl', null],
    ['Tab', true, 'ltr', null],
    ['a', false, 'ltr', null],
  ] as const)('stepForKey(%j, shift %s, %s) is %j', (key, shift, dir, step) => {
    expect(stepForKey(key, shift, dir)).toBe(step);
  });
});
