/**
 * How entries reach the browser history, apart from any reactivity so it can be tested with
 * fakes: a deliberate choice pushes an entry so Back returns to it; continuous moves
 * (stepping, playing) replace the current entry, at most every `throttleMs`; a
 * move still waiting is written before a push, so Back finds it. Each write compares with
 * the current URL first (applying a URL never writes it back), and names the entry after
 * writing it: set before a push, the title would rename the entry being left.
 */
export interface HistoryEntry {
  /** The URL's query, `?…` or ''. */
  search: string;
  title: string;
}

/** The parts of the browser the writer touches (window's, in the app). */
export interface HistoryPort {
  location: { pathname: string; search: string; hash: string };
  history: { pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void };
  setTitle(title: string): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class HistoryWriter {
  #port: HistoryPort;
  #throttleMs: number;
  #timer: unknown = null;
  #pending: HistoryEntry | null = null;
  #first = true;

  constructor(port: HistoryPort, throttleMs: number) {
    this.#port = port;
    this.#throttleMs = throttleMs;
  }

  /** Records the entry the reader's state now describes, as a push or a replace. */
  record(entry: HistoryEntry, mode: 'push' | 'replace'): void {
    if (this.#first) {
      // The page's own entry: named at once, not after the throttle.
      this.#first = false;
      this.#write(entry, 'replace');
    } else if (mode === 'push') {
      this.#flushPending();
      this.#write(entry, 'push');
    } else {
      this.#pending = entry;
      this.#timer ??= this.#port.setTimeout(() => {
        this.#timer = null;
        this.#flushPending();
      }, this.#throttleMs);
    }
  }

  dispose(): void {
    if (this.#timer !== null) this.#port.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #flushPending(): void {
    if (this.#timer !== null) this.#port.clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#pending !== null) this.#write(this.#pending, 'replace');
    this.#pending = null;
  }

  #write({ search, title }: HistoryEntry, mode: 'push' | 'replace'): void {
    const { location, history } = this.#port;
    if (search !== location.search) {
      const url = `${location.pathname}${search}${location.hash}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.#port.setTitle(title);
  }
}
