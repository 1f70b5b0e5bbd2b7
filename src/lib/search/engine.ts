/**
 * The search index and matcher behind the search box. Pure: no DOM, no Svelte; loaded on the
 * reader's first focus of the box, never in the first download.
 *
 * Both languages are searched at once. Text is cut into words with the mention finder's
 * `words` (src/lib/arabic/mentions.ts, on normalize.ts: hamza forms, taa marbuta, alef
 * maqsura, tatweel, diacritics, Eastern Arabic digits fold away), Latin words lose case and
 * accents. A query word matches a word of a text when it is the word or its beginning (the
 * reader is still typing), on either side past the proclitics و ف ب ل ك (and the article ال),
 * or, for words of five letters or more in names and titles, one letter off (a letter wrong,
 * missing, extra, or two swapped). Every query word must match in one and the same text (a
 * name, a title, a quote), so كيم جونغ-داي never finds Kim Jong Un. A word list sorted once
 * makes a keystroke a binary search rather than a scan, so it stays within a frame at
 * 10,000 events.
 */
import { PROCLITICS, words } from '../arabic/mentions.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import type { Lang } from '../story/types.ts';
import { SEARCH_KINDS, type FieldKind, type SearchData, type SearchDoc, type SearchKind } from './documents.ts';

/** A piece of a snippet: `mark` when it is a matched word. */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** The text that matched best, with the matched words marked. */
  field: { kind: FieldKind; lang: Lang; segments: Segment[] };
}

export interface SearchGroup {
  kind: SearchKind;
  /** The best hits, at most the limit. */
  hits: SearchHit[];
  /** How many documents of this kind matched in all. */
  count: number;
}

export interface SearchResults {
  query: string;
  groups: SearchGroup[];
  /** Documents matched in all groups. */
  total: number;
  /** With no result: the query with its unknown words replaced by the nearest known spelling. */
  suggestion: string | null;
}

interface Token {
  t: string;
  s: number;
  e: number;
}

interface Field {
  doc: number;
  kind: FieldKind;
  lang: Lang;
  text: string;
}

const WEIGHT: Record<FieldKind, number> = { name: 3, alias: 2.8, title: 2, role: 1.2, summary: 1, quote: 0.8 };
/** Fields where a one-letter slip is forgiven: names are what readers misspell. */
const TYPO_FIELDS: ReadonlySet<FieldKind> = new Set(['name', 'alias', 'title']);
export const TYPO_MIN_LETTERS = 5;
/** A word's beginning finds longer words from three letters on (two would find half the index). */
export const PREFIX_MIN_LETTERS = 3;
/** A query word is read past a proclitic only when three letters are left (بيو is not ب + يو). */
const QUERY_BARE_MIN = 3;
const ARABIC = /[\u0600-\u06ff]/;
const NON_BASIC = /[^ -~\u0600-\u06ff]/;
/** What may come before an Arabic word: the proclitics, the article, and the two together. */
const PREFIXES = [...new Set([...PROCLITICS.filter((p) => p !== ''), 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل'])].sort(
  (a, b) => b.length - a.length,
);

/** Folds a word (already Arabic-normalized): Latin letters lose case and accents. */
function foldWord(w: string): string {
  const lower = w.toLowerCase();
  return NON_BASIC.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/** The folded words of a text, with their offsets in the text. */
export function tokens(text: string): Token[] {
  return words(text)
    .map((w) => ({ t: foldWord(w.text), s: w.start, e: w.end }))
    .filter((w) => w.t !== '');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The folded words of a text, without offsets (for indexing: the same words as `tokens`). */
function foldedWords(text: string): string[] {
  return [...foldWord(normalizeArabic(text)).matchAll(WORD)].map((m) => m[0]);
}

/** The word and the forms it takes without a proclitic or the article in front (at least two letters left). */
function bareForms(word: string, minLetters = 2): string[] {
  if (!ARABIC.test(word[0] ?? '')) return [word];
  const out = [word];
  for (const p of PREFIXES) if (word.length - p.length >= minLetters && word.startsWith(p)) out.push(word.slice(p.length));
  return out;
}

/** True when a and b differ by at most one letter changed, added, removed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Edit distance (with swaps), for the spelling suggestion only; gives up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * How well a query word matches a word of a text (0: not at all). The whole word beats its
 * beginning, a word read past a proclitic is a little weaker, a one-letter slip weaker still.
 */
export function wordQuality(query: string, word: string, allowTypo: boolean): number {
  const qs = bareForms(query, QUERY_BARE_MIN);
  const ws = bareForms(word);
  let best = 0;
  qs.forEach((q, qi) => {
    ws.forEach((w, wi) => {
      const penalty = (qi ? 0.2 : 0) + (wi ? 0.15 : 0);
      if (w === q) best = Math.max(best, 1 - penalty);
      else if (q.length >= PREFIX_MIN_LETTERS && w.startsWith(q)) best = Math.max(best, 0.75 - penalty);
    });
  });
  if (best === 0 && allowTypo && query.length >= TYPO_MIN_LETTERS && ws.some((w) => w.length >= TYPO_MIN_LETTERS && withinOneEdit(query, w))) best = 0.5;
  return best;
}

function lowerBound(xs: string[], x: string): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface SearchOptions {
  /** Hits shown per group (the count says how many matched). */
  limit?: number;
}

/** Builds the index a little at a time (`add`), so a large story never blocks the page for long. */
export class SearchIndexBuilder {
  private readonly docs: SearchDoc[];
  private readonly fields: Field[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly display = new Map<string, string>();
  private next = 0;

  constructor(data: SearchData) {
    this.docs = data.docs;
  }

  get done(): boolean {
    return this.next >= this.docs.length;
  }

  /** Indexes the next `count` documents. */
  add(count: number): void {
    const end = Math.min(this.docs.length, this.next + count);
    for (; this.next < end; this.next++) {
      const doc = this.docs[this.next]!;
      for (const [kind, lang, text] of doc.fields) {
        const id = this.fields.length;
        this.fields.push({ doc: this.next, kind, lang, text });
        const seen = new Set<string>();
        const typo = TYPO_FIELDS.has(kind);
        for (const word of typo ? tokens(text) : foldedWords(text)) {
          const t = typeof word === 'string' ? word : word.t;
          if (seen.has(t)) continue;
          if (typeof word !== 'string' && !this.display.has(t)) this.display.set(t, text.slice(word.s, word.e));
          for (const form of bareForms(t)) {
            if (seen.has(form)) continue;
            seen.add(form);
            const list = this.postings.get(form);
            if (list) list.push(id);
            else this.postings.set(form, [id]);
          }
        }
      }
    }
  }

  finish(): SearchIndex {
    const steps = this.finishing();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The last steps (sorting the word list), in small ones: the words are sorted by first
   * letter, one letter's words at a time, so a large index never holds the page for long.
   */
  *finishing(): Generator<void, SearchIndex> {
    this.add(Infinity);
    const buckets = new Map<string, string[]>();
    for (const term of this.postings.keys()) {
      const list = buckets.get(term[0]!);
      if (list) list.push(term);
      else buckets.set(term[0]!, [term]);
    }
    yield;
    const terms: string[] = [];
    for (const first of [...buckets.keys()].sort()) {
      const list = buckets.get(first)!.sort();
      for (const t of list) terms.push(t);
      yield;
    }
    return new SearchIndex(this.docs, this.fields, this.postings, this.display, terms);
  }
}

export function createSearchIndex(data: SearchData): SearchIndex {
  return new SearchIndexBuilder(data).finish();
}

export class SearchIndex {
  private readonly terms: string[];
  private readonly lists: number[][];
  /** Words of names and titles by length, for the one-letter slips and the suggestion. */
  private readonly typoTerms = new Map<number, number[]>();

  constructor(
    readonly docs: SearchDoc[],
    private readonly fields: Field[],
    postings: Map<string, number[]>,
    private readonly display: Map<string, string>,
    sorted?: string[],
  ) {
    this.terms = sorted ?? [...postings.keys()].sort();
    this.lists = this.terms.map((t) => postings.get(t)!);
    this.terms.forEach((t, i) => {
      if (!display.has(t)) return;
      const list = this.typoTerms.get(t.length) ?? [];
      list.push(i);
      this.typoTerms.set(t.length, list);
    });
  }

  get size(): number {
    return this.docs.length;
  }

  /** For each field, the best quality of a match with one query word (0: none). */
  private matchWord(q: string, scores: Float32Array, touched: number[]): void {
    const hit = (fieldId: number, quality: number) => {
      if (scores[fieldId] === 0) touched.push(fieldId);
      if (quality > scores[fieldId]!) scores[fieldId] = quality;
    };
    bareForms(q, QUERY_BARE_MIN).forEach((form, fi) => {
      const penalty = fi ? 0.2 : 0;
      for (let i = lowerBound(this.terms, form); i < this.terms.length; i++) {
        const term = this.terms[i]!;
        if (!term.startsWith(form)) break;
        if (term !== form && form.length < PREFIX_MIN_LETTERS) break;
        const quality = (term === form ? 1 : 0.75) - penalty;
        for (const f of this.lists[i]!) hit(f, quality);
      }
    });
    if (q.length < TYPO_MIN_LETTERS) return;
    for (let len = q.length - 1; len <= q.length + 1; len++) {
      for (const i of this.typoTerms.get(len) ?? []) {
        const term = this.terms[i]!;
        if (term === q || !withinOneEdit(q, term)) continue;
        for (const f of this.lists[i]!) if (TYPO_FIELDS.has(this.fields[f]!.kind)) hit(f, 0.5);
      }
    }
  }

  /** Field id → summed quality, for the fields where every query word matches. */
  private matchAll(qwords: string[]): Map<number, number> {
    const n = this.fields.length;
    const total = new Float32Array(n);
    const count = new Uint8Array(n);
    const scores = new Float32Array(n);
    let candidates: number[] = [];
    for (const q of qwords) {
      const touched: number[] = [];
      this.matchWord(q, scores, touched);
      for (const f of touched) {
        total[f]! += scores[f]!;
        count[f]!++;
        scores[f] = 0;
      }
      candidates = touched;
      if (touched.length === 0) return new Map();
    }
    const out = new Map<number, number>();
    for (const f of candidates) if (count[f] === qwords.length) out.set(f, total[f]!);
    return out;
  }

  search(query: string, options: SearchOptions = {}): SearchResults {
    const limit = options.limit ?? 5;
    const qwords = tokens(query)
      .map((t) => t.t)
      .slice(0, 8);
    const empty: SearchResults = { query, groups: [], total: 0, suggestion: null };
    if (qwords.length === 0 || qwords.join('').length < 2) return empty;
    const fieldScores = this.matchAll(qwords);
    // A name written as one word or two (بيونغيانج / بيونغ يانغ): the words run together, too.
    if (qwords.length > 1) {
      for (const [f, s] of this.matchAll([qwords.join('')])) fieldScores.set(f, Math.max(fieldScores.get(f) ?? 0, s * qwords.length * 0.9));
    }
    const best = new Map<number, { field: number; score: number }>();
    for (const [f, s] of fieldScores) {
      const field = this.fields[f]!;
      const score = (s / qwords.length) * WEIGHT[field.kind];
      const prev = best.get(field.doc);
      if (!prev || score > prev.score) best.set(field.doc, { field: f, score });
    }
    const byKind = new Map<SearchKind, { doc: number; field: number; score: number }[]>(SEARCH_KINDS.map((k) => [k, []]));
    for (const [doc, b] of best) byKind.get(this.docs[doc]!.kind)!.push({ doc, ...b });
    const groups: SearchGroup[] = [];
    for (const kind of SEARCH_KINDS) {
      const list = byKind.get(kind)!;
      if (list.length === 0) continue;
      list.sort((a, b) => b.score - a.score || (this.docs[a.doc]!.day ?? '').localeCompare(this.docs[b.doc]!.day ?? '') || a.doc - b.doc);
      groups.push({ kind, count: list.length, hits: list.slice(0, limit).map((h) => this.hit(h.doc, h.field, h.score, qwords)) });
    }
    // The group with the best match first: "Putin" finds the person before the events that
    // mention him; equal bests keep the order events, people, places, articles (a stable sort).
    groups.sort((a, b) => b.hits[0]!.score - a.hits[0]!.score);
    const total = best.size;
    return { query, groups, total, suggestion: total === 0 ? this.suggest(query, qwords) : null };
  }

  private hit(doc: number, fieldId: number, score: number, qwords: string[]): SearchHit {
    const field = this.fields[fieldId]!;
    return { doc: this.docs[doc]!, score, field: { kind: field.kind, lang: field.lang, segments: snippet(field.text, qwords, TYPO_FIELDS.has(field.kind)) } };
  }

  /** The query with each word that matches nothing replaced by the closest spelling of a name or title word. */
  private suggest(query: string, qwords: string[]): string | null {
    let changed = false;
    const out = qwords.map((q) => {
      if (this.knows(q)) return this.display.get(q) ?? q;
      const max = q.length >= 8 ? 3 : q.length >= 4 ? 2 : 1;
      let bestTerm: string | null = null;
      let bestD = max + 1;
      for (let len = q.length - max; len <= q.length + max; len++) {
        for (const i of this.typoTerms.get(len) ?? []) {
          const term = this.terms[i]!;
          if (ARABIC.test(term[0]!) !== ARABIC.test(q[0]!)) continue;
          const d = editDistance(q, term, bestD - 1);
          if (d < bestD) {
            bestD = d;
            bestTerm = term;
          }
        }
      }
      if (bestTerm === null) return q;
      changed = true;
      return this.display.get(bestTerm) ?? bestTerm;
    });
    return changed && out.join(' ') !== query.trim() ? out.join(' ') : null;
  }

  /** True when some word of the index starts with this query word (or its bare form). */
  private knows(q: string): boolean {
    return bareForms(q).some((form) => this.terms[lowerBound(this.terms, form)]?.startsWith(form) ?? false);
  }
}

const SNIPPET_CHARS = 110;

/** The text with the words that match the query marked; a long text is cut around the first match. */
export function snippet(text: string, qwords: string[], allowTypo: boolean): Segment[] {
  const marks = tokens(text).filter((tok) => qwords.some((q) => wordQuality(q, tok.t, allowTypo) > 0));
  let from = 0;
  let to = text.length;
  if (text.length > SNIPPET_CHARS) {
    const first = marks[0]?.s ?? 0;
    from = Math.max(0, first - 35);
    if (from > 0) from = text.lastIndexOf(' ', first - 1) >= from ? text.indexOf(' ', from) + 1 : from;
    to = Math.min(text.length, from + SNIPPET_CHARS);
    const space = text.lastIndexOf(' ', to);
    if (to < text.length && space > first) to = space;
  }
  const segments: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    if (s === '') return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += s;
    else segments.push({ text: s, mark });
  };
  if (from > 0) push('…', false);
  let at = from;
  for (const m of marks) {
    if (m.e <= from || m.s >= to) continue;
    push(text.slice(at, Math.max(at, m.s)), false);
    push(text.slice(Math.max(at, m.s), Math.min(m.e, to)), true);
    at = Math.min(m.e, to);
  }
  push(text.slice(at, to), false);
  if (to < text.length) push('…', false);
  return segments;
}
