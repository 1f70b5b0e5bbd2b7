/**
 * An article's number as the events' date notes cite it: its id up to the first "_" ("001"
 * for 001_3195c2fdfc81bc12, the seed file's stem); an id without one is its own number. A
 * module of its own: the cards show it in the first download, the reader's text layout
 * (segments.ts) comes only with the reader.
 */
export function articleNumber(id: string): string {
  return id.split('_')[0]!;
}
