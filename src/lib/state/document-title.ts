/**
 * The document's title for what the reader is looking at, so a tab, a bookmark and each
 * entry of the browser's history say which day (and which event, venue or person) they hold.
 * Pure: no DOM. Data text is isolated, so a direction control in a name cannot reorder the
 * rest of the title.
 */
import { formatDay, isolate } from '../i18n/index.ts';
import type { Lang } from '../story/types.ts';
import type { Selection, StoryIndex } from './selection.ts';

export function documentTitle(index: StoryIndex | null, selection: Selection | null, lang: Lang, appTitle: string): string {
  if (!index || !selection) return appTitle;
  const { focus, exact, day } = selection;
  const focusName = focus ? (focus.kind === 'venue' ? index.placeById.get(focus.id) : index.personById.get(focus.id))?.name[lang] : undefined;
  // One event names the day; several are left to the page.
  const event = exact.length === 1 ? exact[0]!.title[lang] : undefined;
  const parts = [focusName, event].filter((p): p is string => !!p).map(isolate);
  return [...parts, formatDay(day, lang)].join(' · ') + ` — ${appTitle}`;
}
