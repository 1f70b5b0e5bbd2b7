/**
 * One pattern for everything the app loads on demand (event details, a second reading
 * language, article texts): a state per key (loading, ready with its value, or failed with
 * the reason), loaded once, and loaded again only when asked after a failure (a retry).
 * The fetching itself is given by the App (the network boundary), so this runs anywhere.
 */
export type Load<V> = { status: 'loading' } | { status: 'ready'; value: V } | { status: 'failed'; error: string };

export class Loader<V> {
  /** Every key asked for so far, and how its load stands. */
  states = $state.raw<ReadonlyMap<string, Load<V>>>(new Map());
  readonly #what: string;
  readonly #fetch: (key: string) => Promise<V>;
  readonly #pending = new Map<string, Promise<V>>();

  /** `what` names the thing in console messages ("Event details", "Article text"…). */
  constructor(what: string, fetch: (key: string) => Promise<V>) {
    this.#what = what;
    this.#fetch = fetch;
  }

  get(key: string): Load<V> | undefined {
    return this.states.get(key);
  }

  value(key: string): V | undefined {
    const s = this.states.get(key);
    return s?.status === 'ready' ? s.value : undefined;
  }

  /** Marks a value loaded some other way (the first language, loaded with the story). */
  provide(key: string, value: V): void {
    this.#pending.set(key, Promise.resolve(value));
    this.#set(key, { status: 'ready', value });
  }

  /**
   * Loads `key` unless it is loaded or loading (then the same promise); after a failure,
   * loads it afresh. Failures are logged here and end in the `failed` state, never thrown.
   */
  request(key: string): Promise<V> {
    const known = this.#pending.get(key);
    if (known && this.states.get(key)?.status !== 'failed') return known;
    this.#set(key, { status: 'loading' });
    const pending = this.#fetch(key).then(
      (value) => {
        if (this.#pending.get(key) === pending) this.#set(key, { status: 'ready', value });
        return value;
      },
      (e: Error) => {
        if (this.#pending.get(key) === pending) this.#set(key, { status: 'failed', error: e?.message ?? String(e) });
        console.error(`${this.#what} could not be loaded (${key}):`, e?.message ?? e);
        throw e;
      },
    );
    // Callers that only watch the state need no handler of their own.
    pending.catch(() => {});
    this.#pending.set(key, pending);
    return pending;
  }

  #set(key: string, state: Load<V>): void {
    this.states = new Map(this.states).set(key, state);
  }
}
