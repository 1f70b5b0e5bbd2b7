/** The Arabic inside English text (src/lib/arabic/script-runs.ts), one case per row. */
import { describe, expect, it } from 'vitest';
import { scriptRuns } from '../../src/lib/arabic/script-runs';

const en = (text: string) => ({ text, arabic: false });
const ar = (text: string) => ({ text, arabic: true });

describe('scriptRuns', () => {
  it.each([
    ['English alone is one run', 'Thursday 14 September 2023', [en('Thursday 14 September 2023')]],
    ['an empty string has none', '', []],
    ['a quoted word', '"Wednesday" in 001 (line 16, "الأربعاء")', [en('"Wednesday" in 001 (line 16, "'), ar('الأربعاء'), en('")')]],
    ['words joined by spaces are one run', 'today ("اليوم السبت")', [en('today ("'), ar('اليوم السبت'), en('")')]],
    [
      'a dateline with its digits, dash and colon is one run',
      'reads "السبت ١٦ سبتمبر ٢٠٢٣ - ١٢:٥٩ بتوقيت غرينتش" (Saturday)',
      [en('reads "'), ar('السبت ١٦ سبتمبر ٢٠٢٣ - ١٢:٥٩ بتوقيت غرينتش'), en('" (Saturday)')],
    ],
    ['a colon after the last word stays English', '("موسكو:", "Moscow:")', [en('("'), ar('موسكو'), en(':", "Moscow:")')]],
    ['two quotes are two runs', '"كيم" and "بوتين"', [en('"'), ar('كيم'), en('" and "'), ar('بوتين'), en('"')]],
    ['Arabic alone is one run', 'وكالة الإعلام الروسية', [ar('وكالة الإعلام الروسية')]],
  ] as const)('%s', (_name, text, expected) => {
    expect(scriptRuns(text)).toEqual(expected);
    expect(
      scriptRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });
});
