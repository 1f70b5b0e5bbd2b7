/**
 * Where another component may send the keyboard focus, by name: the component that owns an
 * element registers it (`{@attach focusTarget('slider')}`), and whoever needs to move the
 * focus asks for the name (`focusOn('slider')`), never for a selector on someone else's
 * classes. When several elements share a name, the first in the document wins.
 */
import { tick } from 'svelte';

type Focusable = Element & HTMLOrSVGElement;

const targets = new Map<string, Set<Focusable>>();

/** An attachment that registers the element under `name` while it is in the document. */
export function focusTarget(name: string): (el: Focusable) => () => void {
  return (el) => {
    let set = targets.get(name);
    if (!set) targets.set(name, (set = new Set()));
    set.add(el);
    return () => {
      set.delete(el);
      if (!set.size) targets.delete(name);
    };
  };
}

/** Moves the focus to the element registered under `name`; false when there is none. */
export function focusOn(name: string, options?: FocusOptions): boolean {
  let first: Focusable | null = null;
  for (const el of targets.get(name) ?? []) {
    if (!first || first.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) first = el;
  }
  first?.focus(options);
  return first !== null;
}

/**
 * Makes a change that takes the focused control away with it ("Show all kinds", "Leave the
 * tour", a list's date button), then, once the page shows the change, moves the focus to the
 * first of `names` that is registered: never to the top of the page.
 */
export async function focusAfter(change: () => void, ...names: string[]): Promise<void> {
  change();
  await tick();
  for (const name of names) if (focusOn(name)) return;
}
