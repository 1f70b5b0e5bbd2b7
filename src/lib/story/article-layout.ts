/**
 * Cuts an article into pieces that each carry what covers them (site furniture, the events
 * quoting it, the person or place it names) and lays them out as the reader shows them:
 * paragraphs, each quote one run, each paragraph's line in the text. Pure, so the reader view
 * renders plain text pieces and never injects markup. Loaded with the reader, not with the
 * cards (their quotes are segments.ts).
 */
import type { ArticleText, Mention, TextSpan } from './types.ts';

export interface Piece {
  text: string;
  start: number;
  furniture: string | null;
  /** True on the first piece of a block of site furniture (where its label goes). */
  furnitureStarts: boolean;
  /** Events whose quotes cover this piece. */
  quotedBy: string[];
  mention: Pick<Mention, 'kind' | 'id'> | null;
  /** Events whose quote ends exactly here: the reader shows a link back to each. */
  quoteEndsFor: string[];
}

interface Layered extends TextSpan {
  layer: 'furniture' | 'quote' | 'mention';
  value: string;
  kind?: 'place' | 'person';
}

/** Pieces of `article.text` between `from` and `to` (the whole text by default). */
export function segmentArticle(article: ArticleText, from = 0, to = article.text.length): Piece[] {
  const spans: Layered[] = [
    ...article.furniture.map((f) => ({ start: f.start, end: f.end, layer: 'furniture' as const, value: f.kind })),
    ...article.quotes.map((q) => ({ start: q.start, end: q.end, layer: 'quote' as const, value: q.event })),
    ...article.mentions.map((m) => ({ start: m.start, end: m.end, layer: 'mention' as const, value: m.id, kind: m.kind })),
  ].filter((s) => s.end > from && s.start < to);

  const cuts = new Set<number>([from, to]);
  for (const s of spans) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const mention = covering.find((s) => s.layer === 'mention');
    pieces.push({
      text: article.text.slice(start, end),
      start,
      furniture: covering.find((s) => s.layer === 'furniture')?.value ?? null,
      furnitureStarts: covering.some((s) => s.layer === 'furniture' && s.start === start),
      quotedBy: covering.filter((s) => s.layer === 'quote').map((s) => s.value),
      mention: mention ? { kind: mention.kind!, id: mention.value } : null,
      quoteEndsFor: spans.filter((s) => s.layer === 'quote' && s.end === end && to >= end && from < end).map((s) => s.value),
    });
  }
  return pieces;
}

/** A run of pieces to draw together: one quote (or overlapping quotes), or one unquoted piece. */
export interface Run {
  /** The events whose quotes cover the run (empty: unquoted text). */
  quotedBy: string[];
  pieces: Piece[];
}

/**
 * The line of the text (1-based, as the date notes cite them: "001 line 16") of each of the
 * reader's paragraphs, in order: one per line that is not empty, as readerParagraphs drops
 * the empty ones.
 */
export function paragraphLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (line ? [i + 1] : []));
}

/**
 * The reader's layout of an article's pieces: its paragraphs (the text's line breaks), each
 * a list of runs, where a quote is one run however many names or overlapping quotes cut it
 * into pieces, so that a screen reader meets it as one highlighted passage, not many.
 */
export function readerParagraphs(pieces: readonly Piece[]): Run[][] {
  const paragraphs: Piece[][] = [[]];
  for (const p of pieces) {
    const lines = p.text.split('\n');
    let at = p.start;
    lines.forEach((line, i) => {
      if (i > 0) paragraphs.push([]);
      const last = i === lines.length - 1;
      if (line)
        paragraphs[paragraphs.length - 1]!.push({
          ...p,
          text: line,
          start: at,
          furnitureStarts: p.furnitureStarts && at === p.start,
          quoteEndsFor: last ? p.quoteEndsFor : [],
        });
      else if (last && p.quoteEndsFor.length && paragraphs[paragraphs.length - 1]!.length === 0) {
        // A quote that ends exactly at a line break keeps its way back, at the end of its own line.
        const previous = paragraphs[paragraphs.length - 2];
        const tail = previous?.[previous.length - 1];
        if (tail) previous[previous.length - 1] = { ...tail, quoteEndsFor: [...tail.quoteEndsFor, ...p.quoteEndsFor] };
      }
      at += line.length + 1;
    });
  }
  return paragraphs
    .filter((ps) => ps.length > 0)
    .map((ps) => {
      const runs: Run[] = [];
      for (const p of ps) {
        const prev = runs[runs.length - 1];
        if (p.quotedBy.length && prev?.quotedBy.length) {
          prev.pieces.push(p);
          prev.quotedBy = [...new Set([...prev.quotedBy, ...p.quotedBy])];
        } else runs.push({ quotedBy: [...p.quotedBy], pieces: [p] });
      }
      return runs;
    });
}
