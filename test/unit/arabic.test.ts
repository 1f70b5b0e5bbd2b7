import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeWithOrigin, toLatinDigits } from '../../src/lib/arabic/normalize';
import { createMentionFinder } from '../../src/lib/arabic/mentions';
import { futureMarkers } from '../../src/lib/arabic/future';

describe('normalizeArabic', () => {
  it.each([
    ['alef with hamza above', 'أون', 'اون'],
    ['alef with hamza below', 'إيل', 'ايل'],
    ['alef madda', 'آمور', 'امور'],
    ['waw with hamza', 'مؤتمر', 'موتمر'],
    ['yeh with hamza', 'رئيس', 'رييس'],
    ['taa marbuta', 'قاعدة', 'قاعده'],
    ['alef maqsura', 'الأولى', 'الاولي'],
    ['tatweel', 'بـ”اتفاق', 'ب"اتفاق'],
    ['diacritics', 'قبِل الدعوة بكلّ سرور', 'قبل الدعوه بكل سرور'],
    ['Eastern Arabic digits', '١٦ سبتمبر ٢٠٢٣', '16 سبتمبر 2023'],
    ['Persian digits and letters', '۱۹۵۳ ی ک', '1953 ي ك'],
    ['Arabic comma and question mark', 'قال، لماذا؟', 'قال, لماذا?'],
    ['curly quotes and guillemets', '“نصرا” «كبيرا»', '"نصرا" "كبيرا"'],
    ['dashes', 'سويوز–2 — 1950−1953', 'سويوز-2 - 1950-1953'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('keeps the original index of every kept character', () => {
    const source = 'قبِلَ';
    const { text, origin } = normalizeWithOrigin(source);
    expect(text).toBe('قبل');
    expect(origin.map((i) => source[i])).toEqual(['ق', 'ب', 'ل']);
  });

  it('toLatinDigits changes digits only', () => {
    expect(toLatinDigits('السبت ١٦ سبتمبر ٢٠٢٣ - ١٢:٥٩')).toBe('السبت 16 سبتمبر 2023 - 12:59');
  });
});

describe('createMentionFinder', () => {
  const finder = createMentionFinder([
    { id: 'pyongyang', text: 'بيونغ يانغ' },
    { id: 'pyongyang', text: 'بيونج يانج' },
    { id: 'pyongyang', text: 'بيونغيانج' },
    { id: 'kim-jong-un', text: 'كيم جونغ أون' },
    { id: 'kim-jong-un', text: 'كيم جونج أون' },
    { id: 'kim-jong-un', text: 'كيم' },
    { id: 'kim-jong-dae', text: 'كيم جونغ-داي' },
    { id: 'shoigu', text: 'سيرجي شويغو' },
    { id: 'shoigu', text: 'سيرغي شويغو' },
    { id: 'shoigu', text: 'شويغو' },
    { id: 'li', text: 'لي "هونغ تشونغ"' },
  ]);
  const ids = (text: string) => finder.find(text).map((m) => [m.id, text.slice(m.start, m.end)]);

  it.each([
    ['بيونغ يانغ', 'في العاصمة " بيونغ يانغ".'],
    ['بيونج يانج', 'تشاركان بيونج يانج في'],
    ['بيونغيانج', 'على بيونغيانج وإن'],
  ])('finds Pyongyang spelt %s', (spelling, text) => {
    expect(ids(text)).toEqual([['pyongyang', spelling]]);
  });

  it.each([
    ['كيم جونغ أون', 'مع "كيم جونغ أون" أثناء'],
    ['كيم جونج أون', 'كوريا الشمالية كيم جونج أون اليوم'],
    ['كيم جونغ-أون', 'أن كيم جونغ-أون سيحضر'],
  ])('finds Kim Jong Un spelt %s', (spelling, text) => {
    expect(ids(text)).toEqual([['kim-jong-un', spelling]]);
  });

  it.each([
    ['سيرجي شويغو', 'الروسي "سيرجي شويغو" هي'],
    ['سيرغي شويغو', 'الروسي سيرغي شويغو ووزير'],
  ])('finds Shoigu spelt %s', (spelling, text) => {
    expect(ids(text)).toEqual([['shoigu', spelling]]);
  });

  it('reads past one-letter proclitics and reports the name without them', () => {
    expect(ids('بين موسكو وبيونغ يانغ، وقال شويغو لكيم')).toEqual([
      ['pyongyang', 'بيونغ يانغ'],
      ['shoigu', 'شويغو'],
      ['kim-jong-un', 'كيم'],
    ]);
  });

  it('prefers the longest alias, so another Kim is not read as Kim Jong Un', () => {
    expect(ids('وقال كيم جونغ-داي النائب')).toEqual([['kim-jong-dae', 'كيم جونغ-داي']]);
  });

  it('matches names split by quote marks', () => {
    expect(ids('الصيني لي "هونغ تشونغ"، وضحكوا')).toEqual([['li', 'لي "هونغ تشونغ']]);
  });

  it('does not match a name inside a longer word', () => {
    expect(ids('الكيمياء والشويغوية')).toEqual([]);
  });

  it('reports offsets into the original text when diacritics precede the name', () => {
    const text = 'قَالَ كيم';
    const [m] = finder.find(text);
    expect(m && text.slice(m.start, m.end)).toBe('كيم');
  });
});

describe('futureMarkers', () => {
  it.each([
    ['سيتوجه كيم إلى كومسومولسك', [['سيتوجه', 'future']]],
    ['ومن المتوقع أن يحظى بوتين باستقبال كبير', [['من المتوقع', 'expected']]],
    ['ومن المقرّر أن يلتقي', [['من المقرر', 'future']]],
    ['يُتوقّع أن يصل', [['يتوقع', 'expected']]],
    ['في وقت لاحق، يزور كيم', [['في وقت لاحق يزور', 'future']]],
    ['وفي وقت لاحق، أهدى بوتين لكيم سيارة', []],
    ['وسيرغي شويغو في سترة داخل سيارة منذ سنوات', []],
  ])('%s', (text, expected) => {
    expect(futureMarkers(text).map((m) => [m.text, m.kind])).toEqual(expected);
  });
});
