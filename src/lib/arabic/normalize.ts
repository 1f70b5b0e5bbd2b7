/**
 * Arabic text normalization for matching, never for display. Pure: no DOM, no Svelte.
 *
 * Readers and editors spell the same name many ways (إبراهيم / ابراهيم, القاهرة /
 * القاهره, عبد الله / عبد-الله). Matching folds the differences that carry no meaning for a name:
 * hamza carriers, taa marbuta, alef maqsura, tatweel, diacritics, Eastern Arabic and
 * Persian digits, and the many quote and dash characters. Every normalized character
 * keeps the index of the original character it came from, so a match can be reported
 * as offsets into the untouched source text.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/;
const TATWEEL = '\u0640';

const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ٲ': 'ا',
  'ٳ': 'ا',
  'ؤ': 'و',
  'ئ': 'ي',
  'ى': 'ي',
  'ی': 'ي',
  'ې': 'ي',
  'ة': 'ه',
  'ۀ': 'ه',
  'ہ': 'ه',
  'ک': 'ك',
  'ڪ': 'ك',
  '،': ',',
  '؛': ';',
  '؟': '?',
  '٪': '%',
  '٫': '.',
  '٬': ',',
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '″': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
};

/** Folds one character (already known not to be a diacritic or tatweel). */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Eastern Arabic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Persian digits
  return LETTER_FOLDS[ch] ?? ch;
}

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** For each index of `text`, the index in the original string it came from. */
  origin: number[];
}

/** Normalizes and remembers where each kept character came from. */
export function normalizeWithOrigin(source: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === TATWEEL || DIACRITICS.test(ch)) continue;
    text += foldChar(ch);
    origin.push(i);
  }
  return { text, origin };
}

const DROPPED = new RegExp(`${DIACRITICS.source.slice(0, -1)}${TATWEEL}]`, 'g');
const FOLDED = new RegExp(`[\u0660-\u0669\u06f0-\u06f9${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * Normalizes Arabic text for comparison (see the module comment for what is folded). The same
 * text as normalizeWithOrigin's, without the offsets, in two regular-expression passes: the
 * search index folds megabytes with it.
 */
export function normalizeArabic(source: string): string {
  return source.replace(DROPPED, '').replace(FOLDED, foldChar);
}

/** Converts Eastern Arabic and Persian digits to ASCII digits and nothing else. */
export function toLatinDigits(source: string): string {
  return source.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}
