/**
 * Finds the words with which Arabic news puts something in the future or says it is
 * expected: سـ on an imperfect verb (سيتوجه، سيحضر، ستعقد، سنعمل), سوف, من المقرر,
 * من المتوقع, يعتزم, يتوقع/يُتوقع, ينوي, يخطط/خطط, مرتقب, and an imperfect verb after
 * «في وقت لاحق» (في وقت لاحق، يزور). Pure: no DOM, no Svelte.
 *
 * It is a heuristic for the data checker, which only warns with it: the text is normalized
 * first (normalize.ts: hamza forms, taa marbuta, diacritics), so يُتوقع and يتوقع, أعلن and
 * اعلن match alike. Many nouns also begin with سي/ست/سن (سيارة، سترة، سنوات) and so do
 * names (سيرغي، سيول); those are listed in NOT_A_FUTURE_VERB. A noun that trips the check
 * belongs in that list.
 */
import { normalizeArabic } from './normalize.ts';

export type FutureKind = 'future' | 'expected';

export interface FutureMarker {
  /** The marker as normalized text, e.g. "سيحضر" or "من المتوقع". */
  text: string;
  /** `expected`: the text says it is expected (من المتوقع، يتوقع، مرتقب); `future`: it will, is to, or is scheduled to happen. */
  kind: FutureKind;
}

/** Phrases of two or more words, normalized. */
const PHRASES: readonly [string, FutureKind][] = [
  ['من المقرر', 'future'],
  ['من المتوقع', 'expected'],
  ['من المنتظر', 'expected'],
];

/** Single words (after an optional و or ف), normalized. */
const WORDS: ReadonlyMap<string, FutureKind> = new Map([
  ...[
    'سوف',
    'يعتزم',
    'تعتزم',
    'يعتزمون',
    'نعتزم',
    'ينوي',
    'تنوي',
    'ينوون',
    'ننوي',
    'يخطط',
    'تخطط',
    'يخططون',
    'نخطط',
    'خطط',
    'مقرر',
    'مقرره',
    'المقرر',
    'المقرره',
  ].map((w) => [w, 'future'] as const),
  ...['يتوقع', 'تتوقع', 'يتوقعون', 'نتوقع', 'متوقع', 'متوقعه', 'المتوقع', 'المتوقعه', 'مرتقب', 'مرتقبه', 'المرتقب', 'المرتقبه', 'يرتقب'].map(
    (w) => [w, 'expected'] as const,
  ),
]);

/** سـ + ي/ت/ن + at least two letters: the shape of a future verb (سيزور، ستعقد، سنعمل). */
const FUTURE_VERB = /^(س[يتن]\p{L}{2,})$/u;

/** Words of that shape that are not future verbs (normalized): nouns and names. */
export const NOT_A_FUTURE_VERB: ReadonlySet<string> = new Set([
  // names of people and places
  'سيرغي',
  'سيرجي',
  'سيرجيو',
  'سينمون',
  'سيول',
  'سيناء',
  'سيبيريا',
  'ستالين',
  'ستوكهولم',
  'سنغافوره',
  'سيدني',
  'ستيفن',
  'ستولتنبرغ',
  // nouns and particles
  'سياره',
  'سيارات',
  'سياسه',
  'سياسات',
  'سياسي',
  'سياسيه',
  'سياسيون',
  'سياسيين',
  'سيطره',
  'سيطر',
  'سياده',
  'سياق',
  'سيما',
  'سيله',
  'سيول',
  'سيناريو',
  'سيناريوهات',
  'سيف',
  'سيوف',
  'سيمفونيه',
  'سيبراني',
  'سيبرانيه',
  'سيادي',
  'سياديه',
  'سيرك',
  'سيره',
  'ستره',
  'سترات',
  'ستار',
  'ستائر',
  'ستاير',
  'ستون',
  'ستين',
  'ستوديو',
  'سنوات',
  'سنوي',
  'سنويه',
  'سنويا',
  'سنتيمتر',
  'سنتات',
  'سنين',
]);

/** The future and expectation markers in a text, in order. */
export function futureMarkers(text: string): FutureMarker[] {
  const words = normalizeArabic(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const found: FutureMarker[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = PHRASES.find(([p]) => p.split(' ').every((w, k) => words[i + k] === w || (k === 0 && words[i + k] === `و${w}`)));
    if (phrase) {
      found.push({ text: phrase[0], kind: phrase[1] });
      i += phrase[0].split(' ').length - 1;
      continue;
    }
    const word = words[i]!;
    const bare = /^[وف]./u.test(word) && (WORDS.has(word.slice(1)) || FUTURE_VERB.test(word.slice(1))) ? word.slice(1) : word;
    const listed = WORDS.get(bare);
    if (listed) found.push({ text: bare, kind: listed });
    else if (FUTURE_VERB.test(bare) && !NOT_A_FUTURE_VERB.has(bare)) found.push({ text: bare, kind: 'future' });
    else if (bare === 'لاحق' && words[i - 1] === 'وقت' && /^[يتن]\p{L}{2,}$/u.test(words[i + 1] ?? '')) {
      // «في وقت لاحق، يزور»: later + an imperfect verb. «في وقت لاحق، أهدى» (a past verb) is not.
      found.push({ text: `في وقت لاحق ${words[i + 1]}`, kind: 'future' });
    }
  }
  return found;
}
