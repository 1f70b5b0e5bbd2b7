/**
 * The search box's state and keyboard handling, in the lazy half (loaded on the first focus
 * of the box with the matcher and the results list), so that the first download carries only
 * the box itself (SearchBox.svelte). The query is the box's own state, not the reader's
 * intent: choosing a result is what changes AppState, through its commands.
 */
import type { AppState } from '../state.svelte';
import type { SearchHit, SearchResults } from '../../lib/search/engine';
import type { Searcher } from './search-session';
import { searchMessages } from '../../lib/i18n/search';
import { focusAfter } from '../focus-targets';

export class SearchController {
  query = $state('');
  open = $state(false);
  /** The option the arrows are on (-1: none). */
  active = $state(-1);
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  /** The results of the query as typed (those of the last one while the next is answered). */
  results = $state.raw<SearchResults | null>(null);
  private searcher: Searcher | null = null;
  readonly listId: string;

  hits: SearchHit[] = $derived(this.results?.groups.flatMap((g) => g.hits) ?? []);
  expanded = $derived(this.open && this.hits.length > 0);
  activeId: string | undefined = $derived(this.expanded && this.active >= 0 ? this.optionId(this.active) : undefined);

  constructor(
    private readonly app: AppState,
    uid: string,
    query: string,
  ) {
    this.listId = `${uid}-list`;
    this.query = query;
    this.open = query !== '';
  }

  optionId(i: number): string {
    return `${this.listId}-${i}`;
  }

  /** What the status region says: loading, failure, or how many results (and how many of them the list offers). */
  get announcement(): string {
    const t = searchMessages[this.app.lang];
    if (this.status === 'failed') return t.failed;
    if (!this.query.trim() || !this.open) return '';
    if (this.status === 'loading') return t.loading;
    if (!this.results) return '';
    const { total } = this.results;
    return t.count(total) + (this.hits.length < total ? t.listed(this.hits.length) : '');
  }

  ready(searcher: Searcher): void {
    this.searcher = searcher;
    this.status = 'ready';
    this.ask();
  }

  input(value: string): void {
    this.query = value;
    this.open = true;
    this.active = -1;
    this.ask();
  }

  /** Asks for the query's results; an answer to a query the reader has since changed is dropped. */
  private ask(): void {
    const query = this.query;
    if (!this.searcher || query.trim() === '') {
      this.results = null;
      return;
    }
    void this.searcher.search(query).then((results) => {
      if (this.query === query) this.results = results;
    });
  }

  /**
   * Shows what was chosen, and takes the keyboard there, as a card's name or date does: an
   * event's card (its title is what a screen reader then says), a person's or place's events
   * under their heading; an article opens in the reader, which takes the focus itself.
   */
  choose(hit: SearchHit): void {
    this.open = false;
    this.active = -1;
    const d = hit.doc;
    if (d.kind === 'event') void focusAfter(() => this.app.goToEvent(d.id), `event:${d.id}`);
    else if (d.kind === 'person') void focusAfter(() => this.app.setFocus({ kind: 'person', id: d.id }, 'push'), 'focus-heading');
    else if (d.kind === 'place') void focusAfter(() => this.app.setFocus({ kind: 'venue', id: d.id }, 'push'), 'focus-heading');
    else this.app.openArticleText(d.id, null);
  }

  keydown(event: KeyboardEvent): void {
    const n = this.hits.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.open = true;
      if (n === 0) return;
      this.active = event.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n;
    } else if (event.key === 'Enter') {
      const hit = this.expanded ? this.hits[this.active] : undefined;
      if (!hit) return;
      event.preventDefault();
      this.choose(hit);
    } else if (event.key === 'Escape') {
      // A search field's own Escape would clear it at once: close the list first.
      event.preventDefault();
      if (this.open && this.query) {
        this.open = false;
        this.active = -1;
      } else {
        this.query = '';
        this.ask();
      }
    }
  }

  /** The focus left the box and its list: the list closes. */
  close(): void {
    this.open = false;
    this.active = -1;
  }
}
