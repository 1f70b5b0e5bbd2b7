/**
 * A hostile dataset in the project's source format: every text field (titles, summaries,
 * date notes, names, roles, kinds, aliases, outlets, article notes, article texts and the
 * quotes from them) carries markup, script, an event-handler attribute, a right-to-left
 * override that is never closed, and a very long unbroken word. The app must show all of it
 * as literal text: nothing runs, nothing is parsed as markup, no override leaks past the
 * field it is in, and no word pushes the page wider than the screen.
 *
 * Pure: returns file contents (relative path → text), like synthetic-story.ts. The strings
 * are exported so the end-to-end test can look for them on screen.
 */
import type { SyntheticFiles } from './synthetic-story.ts';
import { inline, storyYaml, text, words, yamlRecords } from './yaml-records.ts';

/** Each of these, if it ran, would set window.__hostile. */
export const HOSTILE = {
  script: '<script>window.__hostile="script"</script>',
  img: '<img src=x onerror="window.__hostile=\'img\'">',
  svg: '"><svg onload="window.__hostile=\'svg\'">',
  markup: '{@html "<b>bold</b>"} <b>not bold</b> &amp; &lt;i&gt;',
  // eslint-disable-next-line no-script-url -- a payload the app must show as text, never follow
  link: 'javascript:window.__hostile="link"',
  /** RIGHT-TO-LEFT OVERRIDE with no POP DIRECTIONAL FORMATTING after it. */
  override: '\u202Eevil.exe',
} as const;

/** A word with no break opportunity, far wider than any screen. */
export const LONG_WORD = 'Unbreakable' + 'ـ'.repeat(40) + 'x'.repeat(400);

/** The whole payload, as one string, appended to every text field. */
export const PAYLOAD = [HOSTILE.script, HOSTILE.img, HOSTILE.svg, HOSTILE.markup, HOSTILE.link, LONG_WORD, HOSTILE.override].join(' ');

/** A bilingual text field: a readable label, then the payload. */
const both = (ar: string, en: string) => words({ ar: `${ar} ${PAYLOAD}`, en: `${en} ${PAYLOAD}` });

// Names double as the aliases the articles use, so the payload is also in every mention.
const VENUES = [
  { id: 'pyongyang', ar: 'بيونغ يانغ', en: 'Pyongyang', at: [125.7625, 39.0392] },
  { id: 'vostochny', ar: 'فوستوتشني', en: 'Vostochny', at: [128.3339, 51.8844] },
  { id: 'vladivostok', ar: 'فلاديفوستوك', en: 'Vladivostok', at: [131.8855, 43.1155] },
  { id: 'komsomolsk', ar: 'كومسومولسك', en: 'Komsomolsk', at: [137.0076, 50.5497] },
] as const;
const CONTEXT_PLACE = { id: 'hostile-place', ar: 'مكان عدائي', en: 'Hostile place', at: [139.6917, 35.6895] };
const PEOPLE = [
  { id: 'hostile-leader', ar: 'قائد عدائي', en: 'Hostile leader', country: 'north-korea' },
  { id: 'hostile-minister', ar: 'وزير عدائي', en: 'Hostile minister', country: 'russia' },
] as const;

/** The story's title: literal in the page's <title> (written at build time), heading and tab. */
export const HOSTILE_TITLE = { ar: `عنوان عدائي ${PAYLOAD}`, en: `Hostile title ${PAYLOAD}` };

/** How a name appears in the texts: the label with the whole payload. */
const spelled = (name: string) => `${name} ${PAYLOAD}`;

export function hostileStory(): SyntheticFiles {
  const header = 'Hostile test data (scripts/hostile-story.ts): markup and overrides that must stay inert text.';
  const files: SyntheticFiles = new Map();

  const places = [...VENUES.map((v) => ({ ...v, main: true })), { ...CONTEXT_PLACE, main: false }];
  files.set(
    'data/places.yaml',
    yamlRecords(
      header,
      places.map((p) => ({
        id: p.id,
        ...(p.main ? { main: true } : {}),
        name: both(p.ar, p.en),
        kind: both('نوع المكان', 'Kind of place'),
        aliases: inline([text(spelled(p.ar))]),
        coordinates: inline(p.at),
      })),
    ),
  );
  files.set(
    'data/people.yaml',
    yamlRecords(
      header,
      PEOPLE.map((p) => ({
        id: p.id,
        name: both(p.ar, p.en),
        role: both('دور الشخص', 'Role of the person'),
        country: p.country,
        aliases: inline([text(spelled(p.ar))]),
      })),
    ),
  );

  // Each sentence names a venue and both people, so the checker finds every mention.
  const [leader, minister] = PEOPLE.map((p) => spelled(p.ar));
  const sentences = {
    // Latin words after the names: an override leaking out of a name would visibly reverse them.
    summit: `التقى ${leader} و${minister} في ${spelled('فوستوتشني')} اليوم (summit 2023).`,
    visit: `وزار ${leader} مدينة ${spelled('بيونغ يانغ')} في الشهر نفسه.`,
    reaction: `وعلّق ${minister} من ${spelled('مكان عدائي')} على اللقاء.`,
  };
  const articleTexts = {
    'hostile-article-one': [`خبر عاجل ${PAYLOAD}`, sentences.summit, sentences.visit].join('\n') + '\n',
    'hostile-article-two': [sentences.reaction, sentences.summit].join('\n') + '\n',
  };
  for (const [id, text] of Object.entries(articleTexts)) files.set(`data/articles/${id}.txt`, text);
  files.set(
    'data/articles.yaml',
    yamlRecords(
      header,
      Object.keys(articleTexts).map((id, i) => ({
        id,
        language: 'ar',
        title: both(`عنوان المقال ${i + 1}`, `Article title ${i + 1}`),
        outlet: both('وسيلة إعلامية', 'Outlet'),
        outlet_note: both('ملاحظة عن الوسيلة', 'Note on the outlet'),
        published: { date: `2023-09-${14 + i}`, precision: 'day', basis: 'stated', note: both('ملاحظة عن التاريخ', 'Note on the date') },
        furniture: inline(i === 0 ? [{ lines: inline([1, 1]), kind: 'kicker' }] : []),
      })),
    ),
  );

  const event = (id: string, start: string, precision: string, venue: string, attendees: string[], reports: [string, string][], external = false) => ({
    id,
    category: 'talks',
    status: 'done',
    title: both(`عنوان الحدث ${id}`, `Event title ${id}`),
    summary: both('ملخص الحدث', 'Summary of the event'),
    start: text(start),
    precision,
    date_basis: 'stated',
    date_note: both('ملاحظة عن التاريخ', 'Note on the date'),
    venue,
    ...(external ? { venue_basis: 'external' } : {}),
    attendees: inline(attendees),
    reported_by: reports.map(([article, quote]) => ({ article, quotes: inline([text(quote)]) })),
  });
  files.set(
    'data/events.yaml',
    yamlRecords(header, [
      event(
        'hostile-summit',
        '2023-09-13',
        'day',
        'vostochny',
        ['hostile-leader', 'hostile-minister'],
        [
          ['hostile-article-one', sentences.summit],
          ['hostile-article-two', sentences.summit],
        ],
      ),
      // A venue from outside the articles: its card adds words after the place's kind.
      event('hostile-visit', '2023-09', 'month', 'pyongyang', ['hostile-leader'], [['hostile-article-one', sentences.visit]], true),
      event('hostile-reaction', '2023-09-15', 'day', 'hostile-place', ['hostile-minister'], [['hostile-article-two', sentences.reaction]]),
    ]),
  );
  const hostile = (ar: string, en: string) => ({ ar: `${ar} ${PAYLOAD}`, en: `${en} ${PAYLOAD}` });
  files.set(
    'data/story.yaml',
    storyYaml(header, {
      title: HOSTILE_TITLE,
      subtitle: hostile('عنوان فرعي عدائي', 'Hostile subtitle'),
      description: hostile('وصف عدائي', 'Hostile description'),
      sources_note: hostile('مصادر عدائية', 'Hostile sources'),
      credit: hostile('نسبة عدائية', 'Hostile credit'),
      default_day: '2023-09-13',
      countries: { 'north-korea': hostile('بلد عدائي', 'Hostile country'), russia: hostile('بلد عدائي آخر', 'Other hostile country') },
    }),
  );
  return files;
}
