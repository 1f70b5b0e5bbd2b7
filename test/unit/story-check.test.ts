/**
 * The data checker on deliberately broken copies of the real story files: each break must
 * give one clear message naming the file, line, record and field — never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileStory, formatProblem, type StorySources } from '../../src/lib/story/compile';
import { readStorySources } from '../../scripts/story-files';
import { dataCheck } from '../../scripts/data-check';

const real = readStorySources('.');

/** A copy of the real sources with one file's text edited. */
function broken(file: 'story' | 'articles' | 'places' | 'people' | 'events', from: string, to: string): StorySources {
  expect(real[file]).toContain(from);
  return { ...real, [file]: real[file].replace(from, to) };
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

function errors(src: StorySources) {
  const result = compileStory(src);
  return { story: result.story, errors: result.problems.filter((p) => p.severity === 'error') };
}

describe('compileStory on the real data', () => {
  const result = compileStory(real);
  it('compiles with no errors', () => {
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.story).not.toBeNull();
  });
  it('gives each quote its offsets in the article', () => {
    for (const e of result.story!.events) {
      for (const r of e.reported_by) {
        const text = result.story!.articles.find((a) => a.id === r.article)!.text;
        for (const q of r.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      }
    }
  });
});

describe('compileStory on broken copies', () => {
  it('names an attendee id that does not exist', () => {
    const src = broken('events', 'attendees: [vladimir-putin, kim-jong-un, sergei-shoigu', 'attendees: [vladimir-putin, kim-jong-unn, sergei-shoigu');
    const { story, errors: errs } = errors(src);
    expect(story).toBeNull();
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({
      file: 'data/events.yaml',
      line: lineOf(src.events, 'kim-jong-unn'),
      record: 'event "vostochny-summit-2023"',
      field: 'attendees[1]',
    });
    expect(errs[0]!.message).toContain('no person with the id "kim-jong-unn"');
  });

  it('names a venue id that does not exist', () => {
    const src = broken('events', 'venue: komsomolsk', 'venue: komsomolsk-on-amur');
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ record: 'event "komsomolsk-aircraft-plants-2023"', field: 'venue', line: lineOf(src.events, 'komsomolsk-on-amur') });
    expect(e!.message).toContain('no place with the id "komsomolsk-on-amur"');
  });

  it('names a reporting article that does not exist', () => {
    const src = broken('events', "article: 002_377a96dd035cca65\n      quotes:\n        - 'حيث", "article: 002_nope\n      quotes:\n        - 'حيث");
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ record: 'event "pacific-fleet-display-2023"', field: 'reported_by[0].article' });
    expect(e!.message).toContain('no article with the id "002_nope"');
  });

  it('shows where a quote stops matching its article', () => {
    const src = broken(
      'events',
      "والتقى الزعيمان في قاعدة فوستوتشني الفضائية في أقصى الشرق الروسي'",
      "والتقى الزعيمان في قاعدة بايكونور الفضائية في أقصى الشرق الروسي'",
    );
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ record: 'event "vostochny-summit-2023"', field: 'reported_by[0].quotes[0]', line: lineOf(src.events, 'بايكونور') });
    expect(e!.message).toContain('not in article 004_c28bba0c94519a16');
    expect(e!.message).toContain('differs at "بايكونور');
  });

  it('accepts a quote that differs only in white space', () => {
    const src = broken('events', "'وحضر عرضا عسكريا إلى جانب كيم.'", "'وحضر   عرضا عسكريا\n          إلى جانب كيم.'");
    expect(errors(src).errors).toEqual([]);
  });

  it('refuses a day that is not in the calendar', () => {
    const src = broken('events', 'start: 2023-09-15', 'start: 2023-09-31');
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ record: 'event "komsomolsk-aircraft-plants-2023"', field: 'start', line: lineOf(src.events, '2023-09-31') });
    expect(e!.message).toContain('not a real calendar day');
  });

  it('refuses a range that ends before it starts', () => {
    const src = broken('events', 'start: 2024-06-13\n  end: 2024-06-15', 'start: 2024-06-13\n  end: 2024-06-11');
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ record: 'event "g7-condemns-2024-06"', field: 'end' });
    expect(e!.message).toContain('ends (2024-06-11) before it starts (2024-06-13)');
  });

  it('names a missing required field', () => {
    const src = broken(
      'events',
      '  category: gift\n  status: done\n  title:\n    ar: بوتين وكيم يتبادلان',
      '  category: gift\n  title:\n    ar: بوتين وكيم يتبادلان',
    );
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ record: 'event "rifle-exchange-2023"', field: 'status' });
    expect(e!.message).toContain('missing');
  });

  it('suggests the field meant by a misspelt one', () => {
    const src = broken('events', '  attendees: [kim-jong-dae]', '  atendees: [kim-jong-dae]');
    const messages = errors(src).errors.map((e) => e.message);
    expect(messages).toContain(
      '"atendees" is not a field of this record (did you mean "attendees"?). Allowed: id, category, status, title, summary, start, end, precision, date_basis, date_note, venue, venue_basis, attendees, reported_by.',
    );
  });

  it('refuses an event with no reporting article', () => {
    const src = broken(
      'events',
      "  reported_by:\n    - article: 001_3195c2fdfc81bc12\n      quotes:\n        - 'ويتوجه",
      "  reported_by: []\n  unused:\n    - article: 001_3195c2fdfc81bc12\n      quotes:\n        - 'ويتوجه",
    );
    const messages = errors(src).errors.map((e) => `${e.field}: ${e.message}`);
    expect(messages).toContain('reported_by: this list is empty; it needs at least one entry.');
  });

  it('reports invalid YAML at its line', () => {
    const src = broken('people', '- id: xi-jinping\n  name:', '- id: xi-jinping\n name:');
    const [e] = errors(src).errors;
    expect(e!.file).toBe('data/people.yaml');
    expect(e!.line).toBe(lineOf(src.people, '- id: xi-jinping\n name:') + 1);
    expect(e!.message).toContain('not valid YAML');
  });

  it('refuses a spelling shared by two people', () => {
    const src = broken('people', 'aliases: [جون كيربي]', 'aliases: [جون كيربي, بوتين]');
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ record: 'person "john-kirby"', field: 'aliases' });
    expect(e!.message).toContain('also names person "vladimir-putin"');
  });

  it('refuses furniture lines outside the article', () => {
    const src = broken('articles', '{ lines: [2, 2], kind: ad }', '{ lines: [2, 90], kind: ad }');
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ record: 'article "000_1e8c183490a7c6e5"', field: 'furniture[0].lines' });
    expect(e!.message).toContain('has 21 lines');
  });

  it('refuses a story with no venue marked main: true', () => {
    const src = { ...real, places: real.places.replaceAll('main: true', 'main: false') };
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ file: 'data/places.yaml', field: 'main' });
    expect(e!.message).toContain('no place is marked main: true');
  });

  it('warns when no reporting article mentions the venue', () => {
    const src = broken('events', '  venue: tokyo\n', '  venue: new-york\n');
    const result = compileStory(src);
    const warning = result.problems.find((p) => p.severity === 'warning' && p.record === 'event "japan-warns-2023-09-14"' && p.field === 'venue');
    expect(warning?.message).toContain('none of the articles reporting this event mentions "new-york"');
    expect(result.story).not.toBeNull();
  });

  it('warns when no reporting article mentions an attendee', () => {
    const src = broken('events', 'attendees: [yoko-kamikawa]', 'attendees: [yoko-kamikawa, john-kirby]');
    const warning = compileStory(src).problems.find((p) => p.severity === 'warning' && p.field === 'attendees[1]');
    expect(warning?.message).toContain('mentions "john-kirby"');
  });

  it('warns where a name or an article hides a direction control, and still compiles', () => {
    const src = broken('people', 'name: { ar: فلاديمير بوتين, en: Vladimir Putin }', 'name: { ar: فلاديمير بوتين, en: "Vladimir \u202EPutin" }');
    const id = '004_c28bba0c94519a16';
    const text = src.texts[id]!;
    const at = text.indexOf('بوتين');
    const result = compileStory({ ...src, texts: { ...src.texts, [id]: `${text.slice(0, at)}\u2067${text.slice(at)}` } });
    const warnings = result.problems.filter((p) => p.severity === 'warning' && p.message.includes('direction control'));
    expect(warnings.map((w) => [w.file, w.record, w.field, w.line])).toEqual([
      [`data/articles/${id}.txt`, `article "${id}"`, 'text', lineOf(text, 'بوتين')],
      ['data/people.yaml', 'person "vladimir-putin"', 'name.en', lineOf(real.people, 'Vladimir Putin')],
    ]);
    expect(warnings[0]!.message).toContain('U+2067');
    expect(warnings[1]!.message).toContain('U+202E');
    expect(result.story).not.toBeNull();
  });
});

describe('the status against the words of the quotes', () => {
  const FEFU = 'event "far-eastern-university-visit-2023"';
  const ARTICLE = '002_377a96dd035cca65';
  const ORIGINAL = 'في وقت لاحق، يزور كيم أيضًا';

  /** A copy where the FEFU sentence says `words` instead, in the article and in the quote alike. */
  function reworded(words: string): StorySources {
    expect(real.events.split(ORIGINAL)).toHaveLength(2);
    expect(real.texts[ARTICLE]!.split(ORIGINAL)).toHaveLength(2);
    return { ...real, events: real.events.replace(ORIGINAL, words), texts: { ...real.texts, [ARTICLE]: real.texts[ARTICLE]!.replace(ORIGINAL, words) } };
  }

  /** The line of the first `needle` after the record `- id: <id>`. */
  function lineIn(text: string, id: string, needle: string): number {
    const at = text.indexOf(needle, text.indexOf(`- id: ${id}\n`));
    return text.slice(0, at).split('\n').length;
  }

  const statusWarnings = (src: StorySources, record: string) =>
    compileStory(src).problems.filter((p) => p.severity === 'warning' && p.record === record && (p.field === 'status' || p.field === 'start'));

  it.each([
    ['later with an imperfect verb (the article as it is)', ORIGINAL],
    ['سـ on the verb', 'سيزور كيم أيضًا'],
    ['سـ after و', 'وسيزور كيم أيضًا'],
    ['سوف', 'وسوف يزور كيم أيضًا'],
    ['من المقرر, with a shadda', 'ومن المقرّر أن يزور كيم أيضًا'],
    ['من المتوقع', 'ومن المتوقع أن يزور كيم أيضًا'],
    ['يُتوقع, with a damma and a shadda', 'ويُتوقّع أن يزور كيم أيضًا'],
    ['يعتزم', 'ويعتزم كيم أن يزور أيضًا'],
    ['تعتزم, with a feminine subject', 'وتعتزم موسكو أن يزور كيم أيضًا'],
    ['سـ on a verb ending in alef maqsura (سيرى)', 'وسيرى كيم أيضًا'],
    ['ينوي', 'وينوي كيم أن يزور أيضًا'],
    ['تخطط', 'وتخطط موسكو لأن يزور كيم أيضًا'],
    ['أعلن … أنه سـ', 'وأعلن أنه سيزور كيم أيضًا'],
    ['مرتقبة, with a taa marbuta', 'وفي زيارة مرتقبة يزور كيم أيضًا'],
  ])('an announced event whose quote says it is ahead (%s) gets no warning', (_name, words) => {
    expect(statusWarnings(reworded(words), FEFU)).toEqual([]);
  });

  it.each([
    ['a past verb after "later"', 'في وقت لاحق، زار كيم أيضًا'],
    ['a past verb', 'وزار كيم أيضًا'],
    ['a bare imperfect', 'ويزور كيم أيضًا'],
    ['a noun that starts like a future verb (سيارة)', 'وزار كيم في سيارة أيضًا'],
    ['a name that starts like a future verb (سيرغي)', 'وزار سيرغي وكيم أيضًا'],
  ])('an announced event whose quotes have no future word (%s) is warned about, at its status', (_name, words) => {
    const src = reworded(words);
    const warnings = statusWarnings(src, FEFU);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'data/events.yaml', field: 'status', line: lineIn(src.events, 'far-eastern-university-visit-2023', 'status:') });
    expect(warnings[0]!.message).toContain('this event is announced, but none of its quotes has a word that puts it in the future');
    expect(compileStory(src).story).not.toBeNull();
  });

  it('warns about a done event whose every quote speaks of the future', () => {
    const src = broken(
      'events',
      '- id: far-eastern-university-visit-2023\n  category: tour\n  status: announced',
      '- id: far-eastern-university-visit-2023\n  category: tour\n  status: done',
    );
    const warnings = statusWarnings(src, FEFU);
    expect(warnings.map((w) => [w.field, w.line])).toEqual([['status', lineIn(src.events, 'far-eastern-university-visit-2023', 'status:')]]);
    expect(warnings[0]!.message).toContain('every one of its quotes speaks of the future or of what is expected ("في وقت لاحق يزور")');
  });

  it('lets a statement speak of the future (a reaction is exempt), but not a meeting', () => {
    const record = 'event "south-korea-us-statement-2023-09-15"';
    expect(statusWarnings(real, record)).toEqual([]);
    const src = broken(
      'events',
      '- id: south-korea-us-statement-2023-09-15\n  category: reaction',
      '- id: south-korea-us-statement-2023-09-15\n  category: talks',
    );
    const warnings = statusWarnings(src, record);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('"سيتاكدان", "سيحرصون"');
  });

  it('accepts an announced event dated after its articles were written, with no future word', () => {
    // 001, written on Sunday, says Yoon "heads" (يتوجه) to New York on Monday.
    expect(statusWarnings(real, 'event "yoon-to-un-general-assembly-2023"')).toEqual([]);
  });

  it('warns about a done event dated after every article that reports it', () => {
    const src = broken(
      'events',
      '- id: yoon-to-un-general-assembly-2023\n  category: visit\n  status: announced',
      '- id: yoon-to-un-general-assembly-2023\n  category: visit\n  status: done',
    );
    const warnings = statusWarnings(src, 'event "yoon-to-un-general-assembly-2023"');
    expect(warnings.map((w) => [w.field, w.line])).toEqual([['start', lineIn(src.events, 'yoon-to-un-general-assembly-2023', 'start:')]]);
    expect(warnings[0]!.message).toContain('it starts (2023-09-18) after the last of the articles that report it was published (2023-09-17)');
  });

  it("prints the warning in the checker's one-line format", () => {
    const src = reworded('وزار كيم أيضًا');
    const line = compileStory(src)
      .problems.filter((p) => p.record === FEFU)
      .map(formatProblem)[0];
    expect(line).toMatch(/^data\/events\.yaml:\d+:\d+: warning: event "far-eastern-university-visit-2023", field "status": this event is announced, but/);
  });
});

describe('npm run data:check on a broken copy', () => {
  // The checker runs in-process (dataCheck is what the CLI runs), so no test here waits on
  // a process starting: on a busy machine that took longer than a test's 5 s.
  function runCheck(edit: (dir: string) => void): { code: number; out: string } {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    cpSync('data', join(dir, 'data'), { recursive: true });
    edit(dir);
    const { code, stdout, stderr } = dataCheck(['--root', dir]);
    return { code, out: stdout + stderr };
  }

  it('passes on the real data', () => {
    const { code, out } = runCheck(() => {});
    expect(code).toBe(0);
    expect(out).toMatch(/data:check: ok: 5 articles/);
  });

  it('fails loudly with file, line and field, and no stack trace', () => {
    const { code, out } = runCheck((dir) => {
      const file = join(dir, 'data/events.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('start: 2023-09-15', 'start: 2023-02-30'));
    });
    expect(code).toBe(1);
    expect(out).toMatch(/data\/events\.yaml:\d+:\d+: error: event "komsomolsk-aircraft-plants-2023", field "start": "2023-02-30" is not a real calendar day/);
    expect(out).toContain('The story was not compiled.');
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('says which file is empty instead of crashing', () => {
    const { code, out } = runCheck((dir) => writeFileSync(join(dir, 'data/people.yaml'), ''));
    expect(code).toBe(1);
    expect(out).toContain('data/people.yaml:1:1: error: this file must be a list of people');
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('says which file is missing instead of crashing', () => {
    const { code, out } = runCheck((dir) => rmSync(join(dir, 'data/people.yaml')));
    expect(code).toBe(1);
    expect(out).toMatch(/could not read the story files under .*: .*people\.yaml/);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('never modifies the files it checks, even broken ones', () => {
    let copy = '';
    const broken = readFileSync('data/events.yaml', 'utf8').replace('venue: tokyo', 'venue: atlantis');
    runCheck((dir) => {
      copy = dir;
      writeFileSync(join(dir, 'data/events.yaml'), broken);
    });
    expect(readFileSync(join(copy, 'data/events.yaml'), 'utf8')).toBe(broken);
    for (const name of readdirSync('data/articles')) {
      expect(readFileSync(join(copy, 'data/articles', name))).toEqual(readFileSync(join('data/articles', name)));
    }
  });

  // The one test of the command itself (the wrapper prints and sets the exit code). Starting
  // node with tsx takes about half a second on a quiet machine and several seconds on a busy
  // one: the budget is sized for a loaded machine, not for speed.
  it('is the command: prints the problem and exits 1', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    cpSync('data', join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data/people.yaml'), '');
    let status = 0;
    let out: string;
    try {
      out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', '--root', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      status = err.status;
      out = err.stdout + err.stderr;
    }
    expect(status).toBe(1);
    expect(out).toContain('data/people.yaml:1:1: error: this file must be a list of people');
    expect(out).toContain('The story was not compiled.');
  });
});

describe('compileStory reads the story settings (data/story.yaml)', () => {
  it('carries the title, words, default day and countries into the story', () => {
    const { story } = compileStory(real);
    expect(story!.meta.title.en).toBe('Russia and North Korea, 2023–2024');
    expect(story!.meta.default_day).toBe('2023-07-27');
    expect(Object.keys(story!.countries)).toContain('north-korea');
  });

  it('opens on the first event dated to the day when default_day is left out', () => {
    const src = broken('story', 'default_day: 2023-07-27\n', '');
    const { story } = compileStory(src);
    expect(story!.meta.default_day).toBe(story!.events.find((e) => e.precision === 'day')!.first_day);
  });

  it('names a missing title with its file, line and field', () => {
    const src = broken('story', "title: { ar: روسيا وكوريا الشمالية، 2023–2024, en: 'Russia and North Korea, 2023–2024' }\n", '');
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ file: 'data/story.yaml', record: 'story', field: 'title' });
    expect(e!.message).toContain('this field is missing');
  });

  it('names a misspelt field, with the one it probably means', () => {
    const src = broken('story', '\nsubtitle:\n', '\nsubtitel:\n');
    const all = errors(src).errors;
    const misspelt = all.find((x) => x.field === 'subtitel')!;
    // A block value is placed where it starts, on the line under its key.
    expect(misspelt).toMatchObject({ file: 'data/story.yaml', line: lineOf(src.story, 'subtitel:') + 1 });
    expect(misspelt.message).toContain('did you mean "subtitle"?');
  });

  it.each([
    ['outside the events', '2025-01-01', 'is outside the story, which runs from 2000-01-01 to 2024-06-19'],
    ['not a calendar day', '2023-02-30', 'is not a real calendar day'],
    ['not a day', '2023-07', 'does not match precision "day"'],
  ])('refuses a default_day %s', (_, day, message) => {
    const src = broken('story', 'default_day: 2023-07-27', `default_day: ${day}`);
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ file: 'data/story.yaml', line: lineOf(src.story, '\ndefault_day:') + 1, field: 'default_day' });
    expect(e!.message).toContain(message);
  });

  it('names a person whose country is not among the countries', () => {
    const src = broken('people', 'country: japan', 'country: japn');
    const [e] = errors(src).errors;
    expect(e).toMatchObject({ file: 'data/people.yaml', line: lineOf(src.people, 'country: japn'), field: 'country' });
    expect(e!.message).toContain('no country "japn" under countries in data/story.yaml');
  });

  it('refuses a country id that is not an id, and a country in one language', () => {
    const src = broken('story', '  japan: { ar: اليابان, en: Japan }', '  Japan: { ar: اليابان, en: Japan }\n  chad: Chad');
    const result = compileStory(src);
    expect(result.problems.find((p) => p.field === 'countries.Japan')).toMatchObject({ severity: 'error', line: lineOf(src.story, 'Japan:') });
    expect(result.problems.find((p) => p.field === 'countries.chad')).toMatchObject({ severity: 'warning', line: lineOf(src.story, 'chad:') });
  });

  it('refuses a settings file that is a list', () => {
    const [e] = errors({ ...real, story: '- title: x\n' }).errors;
    expect(e).toMatchObject({ file: 'data/story.yaml', line: 1 });
    expect(e!.message).toContain('must be a set of fields');
  });
});
