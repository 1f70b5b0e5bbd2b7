/**
 * A number of things in Arabic. The noun's form follows the number: one and two have words of
 * their own (حدث واحد، حدثان), 3–10 take the plural (3 أحداث), 11–99 the accusative singular
 * (11 حدثًا) and whole hundreds and thousands, with 1 or 2 over them, the genitive singular
 * (100 حدث، 102 حدث); above 100, the last two digits decide (103 أحداث، 111 حدثًا). These are
 * CLDR's Arabic plural categories, written as a table rather than asked of `Intl.PluralRules`,
 * as the dates are (index.ts): the table is what the test holds to Intl, number by number.
 */

/** How a noun is counted: `one` and `two` are whole phrases; the others follow the number. */
export interface ArabicCounted {
  one: string;
  two: string;
  /** After 3–10 (and 103–110, …): the plural. */
  few: string;
  /** After 11–99 (and 111–199, …): the accusative singular. */
  many: string;
  /** After 100, 101, 102, 200, …: the genitive singular. */
  other: string;
}

export type ArabicPluralCategory = 'one' | 'two' | 'few' | 'many' | 'other';

/** CLDR's plural category of a whole number ≥ 1 in Arabic (0 is each caller's own words). */
export function arabicPlural(n: number): ArabicPluralCategory {
  if (n === 1) return 'one';
  if (n === 2) return 'two';
  const lastTwo = n % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return 'few';
  if (lastTwo >= 11) return 'many';
  return 'other';
}

/** "حدث واحد", "حدثان", "3 أحداث", "11 حدثًا", "100 حدث". */
export function arabicCount(n: number, noun: ArabicCounted): string {
  const category = arabicPlural(n);
  return category === 'one' || category === 'two' ? noun[category] : `${n} ${noun[category]}`;
}
