/**
 * The Arabic inside an English sentence (a date note quoting its article: '"Wednesday" in 001
 * (line 16, "الأربعاء")'), marked as such so that a screen reader reads it in an Arabic voice and
 * the browser lays it out right to left, isolated from the English around it (WCAG 3.1.2).
 * Pure: a string in, its runs out, in order; joined, they are the string.
 */
export interface ScriptRun {
  text: string;
  /** Written in Arabic script. */
  arabic: boolean;
}

/**
 * A run of Arabic starts and ends with an Arabic letter or digit; spaces, Western digits and the
 * punctuation of a dateline may join its words ("السبت ١٦ سبتمبر ٢٠٢٣ - ١٢:٥٩ بتوقيت غرينتش" is
 * one run). Captured, so that splitting by it keeps the runs, at odd places.
 */
const RUN = /([\u0600-\u06FF\u0750-\u077F]+(?:[\s0-9:\-–.,،]*[\u0600-\u06FF\u0750-\u077F]+)*)/;

export function scriptRuns(text: string): ScriptRun[] {
  return text
    .split(RUN)
    .map((part, i) => ({ text: part, arabic: i % 2 === 1 }))
    .filter((run) => run.text !== '');
}
