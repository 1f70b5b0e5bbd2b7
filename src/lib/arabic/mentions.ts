/**
 * Finds every mention of every named thing (venue, person) in a text, with offsets into
 * the original, untouched text. Pure: no DOM, no Svelte.
 *
 * Matching works on words, not characters: an alias and the text are both normalized
 * (normalize.ts) and split into runs of letters and digits, so spaces, hyphens and quote
 * marks between the words of a name do not matter (عبد-الله = عبد الله,
 * دار "السلام" = دار السلام). The first word may carry the one-letter Arabic
 * proclitics و ف ب ل ك (وبغداد، لعلي، وسمير). At each position the longest alias
 * wins, so علي حسن is never also read as علي. (The story's own spellings are data.)
 */
import { normalizeWithOrigin } from './normalize.ts';

export interface Alias {
  /** The id of the thing the alias names. */
  id: string;
  /** The spelling, exactly as an article writes it. */
  text: string;
}

export interface Mention<Id extends string = string> {
  id: Id;
  /** Offset of the first character of the name in the original text (UTF-16 units). */
  start: number;
  /** Offset just past the last character of the name. */
  end: number;
  /** The alias that matched. */
  alias: string;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** The one-letter proclitics (and their pairs) a name may carry in front: و ف ب ل ك. */
export const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/** The words of a text, normalized, with their offsets in the original text. */
export function words(source: string): Word[] {
  const { text, origin } = normalizeWithOrigin(source);
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const first = m.index;
    const last = first + m[0].length - 1;
    out.push({ text: m[0], start: origin[first]!, end: origin[last]! + 1 });
  }
  return out;
}

interface CompiledAlias {
  id: string;
  alias: string;
  words: string[];
}

export interface MentionFinder {
  find(text: string): Mention[];
}

/** Prepares the aliases once; `find` then scans any number of texts. */
export function createMentionFinder(aliases: readonly Alias[]): MentionFinder {
  const byFirstWord = new Map<string, CompiledAlias[]>();
  for (const a of aliases) {
    const w = words(a.text).map((x) => x.text);
    if (w.length === 0) continue;
    const list = byFirstWord.get(w[0]!) ?? [];
    list.push({ id: a.id, alias: a.text, words: w });
    byFirstWord.set(w[0]!, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  function matchAt(ws: Word[], i: number): { alias: CompiledAlias; prefix: number } | null {
    const head = ws[i]!.text;
    let best: { alias: CompiledAlias; prefix: number } | null = null;
    for (const prefix of PROCLITICS) {
      if (!head.startsWith(prefix) || head.length === prefix.length) continue;
      for (const alias of byFirstWord.get(head.slice(prefix.length)) ?? []) {
        if (best && best.alias.words.length >= alias.words.length) break;
        const fits = alias.words.every((w, k) => k === 0 || ws[i + k]?.text === w);
        if (fits) {
          best = { alias, prefix: prefix.length };
          break;
        }
      }
    }
    return best;
  }

  return {
    find(text: string): Mention[] {
      const ws = words(text);
      const found: Mention[] = [];
      for (let i = 0; i < ws.length;) {
        const hit = matchAt(ws, i);
        if (!hit) {
          i++;
          continue;
        }
        const last = ws[i + hit.alias.words.length - 1]!;
        // The proclitic is one or two base letters; skip them in the original text,
        // together with any diacritic or tatweel written on them.
        let start = ws[i]!.start;
        for (let skipped = 0; skipped < hit.prefix; start++) {
          if (!/[\u0640\u064B-\u065F\u0670]/.test(text[start]!)) skipped++;
        }
        while (/[\u0640\u064B-\u065F\u0670]/.test(text[start]!)) start++;
        found.push({ id: hit.alias.id, start, end: last.end, alias: hit.alias.alias });
        i += hit.alias.words.length;
      }
      return found;
    },
  };
}
