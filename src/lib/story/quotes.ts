/**
 * Finds a quote in an article, allowing only differences of white space. Pure.
 */
import type { TextSpan } from './types.ts';

interface Collapsed {
  text: string;
  origin: number[];
}

/** Collapses every run of white space to one space and trims; keeps original indices. */
function collapse(source: string): Collapsed {
  let text = '';
  const origin: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      origin.push(i - 1);
      pendingSpace = false;
    }
    text += ch;
    origin.push(i);
  }
  return { text, origin };
}

export type QuoteSearch = { found: true; span: TextSpan; count: number } | { found: false; matchedUpTo: string; differsAt: string };

/**
 * Looks for `quote` in `article`. When found, returns the first occurrence's offsets in the
 * original text and how many times it occurs; when not, the longest leading part that
 * does occur, so an editor can see where the quote departs from the article.
 */
export function findQuote(article: string, quote: string): QuoteSearch {
  const a = collapse(article);
  const q = collapse(quote).text;
  const at = q.length > 0 ? a.text.indexOf(q) : -1;
  if (at >= 0) {
    let count = 0;
    for (let i = at; i >= 0; i = a.text.indexOf(q, i + 1)) count++;
    return { found: true, span: { start: a.origin[at]!, end: a.origin[at + q.length - 1]! + 1 }, count };
  }
  // Longest prefix of the quote that the article contains (binary search on its length).
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (a.text.includes(q.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return { found: false, matchedUpTo: q.slice(Math.max(0, lo - 30), lo), differsAt: q.slice(lo, lo + 30) };
}
