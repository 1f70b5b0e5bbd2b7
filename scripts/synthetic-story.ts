/**
 * A synthetic story in the project's own source format (data/*.yaml and data/articles/*.txt),
 * for measuring the app at a scale a thousand times the real one. Seeded and deterministic:
 * the same options always give the same files. Pure: returns file contents, writes nothing.
 *
 * Everything in it is made up and says so: names are invented syllables, every article text
 * opens with a line that it is synthetic, and every quote is a sentence of its article, so
 * the same checker that guards the real data passes it with no warning.
 */
import { CATEGORIES } from '../src/lib/story/types.ts';
import { fixed, inline, storyYaml, text, words, yamlRecords } from './yaml-records.ts';

export interface SyntheticOptions {
  events: number;
  seed: number;
}

/** Relative path (under the dataset root) → file content. */
export type SyntheticFiles = Map<string, string>;

/** mulberry32: a small, fast, seedable generator (uniform in [0, 1)). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Syllables that never start with a letter the mention finder reads as a proclitic
// (و ف ب ل ك), so no invented name can be mistaken for a prefixed other one.
const SYLLABLES_AR = ['تا', 'سا', 'را', 'مو', 'نو', 'دي', 'جو', 'ها', 'زا', 'شي', 'غا', 'يو', 'مي', 'ني', 'سو', 'تو'];
const SYLLABLES_EN = ['ta', 'sa', 'ra', 'mo', 'no', 'di', 'jo', 'ha', 'za', 'shi', 'gha', 'yo', 'mi', 'ni', 'so', 'to'];

/** The n-th invented word of `length` syllables, in both scripts (n < 16^length). */
function word(n: number, length: number): { ar: string; en: string } {
  let ar = '';
  let en = '';
  for (let i = 0; i < length; i++) {
    const s = (n >> (4 * i)) & 15;
    ar += SYLLABLES_AR[s];
    en += SYLLABLES_EN[s];
  }
  return { ar, en: en[0]!.toUpperCase() + en.slice(1) };
}

const MAIN = [
  { id: 'pyongyang', ar: 'بيونغ يانغ', en: 'Pyongyang', at: [125.7625, 39.0392] },
  { id: 'vostochny', ar: 'فوستوتشني', en: 'Vostochny Cosmodrome', at: [128.3339, 51.8844] },
  { id: 'vladivostok', ar: 'فلاديفوستوك', en: 'Vladivostok', at: [131.8869, 43.1155] },
  { id: 'komsomolsk', ar: 'كومسومولسك', en: 'Komsomolsk-on-Amur', at: [137.0076, 50.5497] },
] as const;
const COUNTRIES = ['north-korea', 'russia', 'china', 'united-states', 'south-korea', 'japan'] as const;
const COUNTRY_NAMES: Record<(typeof COUNTRIES)[number], { ar: string; en: string }> = {
  'north-korea': { ar: 'كوريا الشمالية', en: 'North Korea' },
  russia: { ar: 'روسيا', en: 'Russia' },
  china: { ar: 'الصين', en: 'China' },
  'united-states': { ar: 'الولايات المتحدة', en: 'United States' },
  'south-korea': { ar: 'كوريا الجنوبية', en: 'South Korea' },
  japan: { ar: 'اليابان', en: 'Japan' },
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function isoDay(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

export function syntheticStory({ events, seed }: SyntheticOptions): SyntheticFiles {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const venueCount = Math.max(MAIN.length + 1, Math.round(events / 33));
  const peopleCount = Math.max(4, Math.round(events / 5));
  const articleCount = Math.max(1, Math.round(events / 10));

  // ── Places: the four story venues, then invented ones across the region ──
  const places = [
    ...MAIN.map((m) => ({ id: m.id, main: true, name: { ar: m.ar, en: m.en }, at: m.at as readonly [number, number] })),
    ...Array.from({ length: venueCount - MAIN.length }, (_, i) => {
      const w = word(i + 1, 3);
      return { id: `synthetic-place-${pad(i + 1, 4)}`, main: false, name: w, at: [95 + rand() * 70, 25 + rand() * 38] as const };
    }),
  ];

  // ── People: two invented words each (given and family name) ──
  const people = Array.from({ length: peopleCount }, (_, i) => {
    const given = word((i * 7 + 3) % 256, 2);
    const family = word(Math.floor(i / 256) * 17 + 5, 3);
    return { id: `synthetic-person-${pad(i + 1, 5)}`, name: { ar: `${given.ar} ${family.ar}`, en: `${given.en} ${family.en}` }, country: pick(COUNTRIES) };
  });

  // ── Events: three dense clusters like the real story's, the rest spread over 2000–2024 ──
  const clusters = ['2023-09-13', '2024-02-15', '2024-06-18'].map(dayOf);
  const spanFirst = dayOf('2000-01-01');
  const spanLast = dayOf('2024-12-31');
  const articleSentences: string[][] = Array.from({ length: articleCount }, () => []);
  const articleLastDay = Array.from({ length: articleCount }, () => spanFirst);
  const eventRecords: Record<string, unknown>[] = [];
  // Opens, like the real story, on its first event of the latest clusters' years dated to the day.
  let defaultDay: string | null = null;
  for (let i = 0; i < events; i++) {
    const id = `synthetic-event-${pad(i + 1, 6)}`;
    const r = rand();
    const day = r < 0.6 ? clusters[i % 3]! + Math.round((rand() - 0.5) * 40) : spanFirst + Math.floor(rand() * (spanLast - spanFirst));
    const p = rand();
    const precision = p < 0.9 ? 'day' : p < 0.97 ? 'month' : 'year';
    const iso = isoDay(day);
    if (precision === 'day' && iso >= '2023-01-01' && (defaultDay === null || iso < defaultDay)) defaultDay = iso;
    const start = precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
    const end = precision === 'day' && rand() < 0.05 ? isoDay(day + 1 + Math.floor(rand() * 2)) : null;
    const venue = rand() < 0.95 ? places[rand() < 0.3 ? Math.floor(rand() * MAIN.length) : Math.floor(rand() * places.length)]! : null;
    const attendees = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(people)))];
    const category = pick(CATEGORIES);
    const status = rand() < 0.9 ? 'done' : 'announced';
    const n = i + 1;
    // The sentence the articles print: it names the venue and every attendee, so mentions are found.
    // An announced meeting is announced in the words too (من المقرر أن يشارك), as the checker asks.
    const names = attendees.map((a) => a.name.ar).join('، ');
    const verb = status === 'done' ? 'شارك' : 'من المقرر أن يشارك';
    const sentence = venue ? `في ${venue.name.ar} ${verb} ${names} في اللقاء الاصطناعي رقم ${n}.` : `${verb} ${names} في اللقاء الاصطناعي رقم ${n}.`;
    const reporting = [...new Set(Array.from({ length: 1 + (rand() < 0.3 ? 1 : 0) }, () => Math.floor(rand() * articleCount)))];
    for (const a of reporting) {
      articleSentences[a]!.push(sentence);
      articleLastDay[a] = Math.max(articleLastDay[a]!, day);
    }
    const where = venue ? { ar: ` في ${venue.name.ar}`, en: ` in ${venue.name.en}` } : { ar: '', en: '' };
    eventRecords.push({
      id,
      category,
      status,
      title: words({ ar: `اللقاء الاصطناعي رقم ${n}${where.ar}`, en: `Synthetic meeting ${n}${where.en}` }),
      summary: words({
        ar: `حدث مُولَّد لقياس الأداء، يشارك فيه ${attendees.length} من الأشخاص.`,
        en: `A generated event for measuring performance, with ${attendees.length} attendee(s).`,
      }),
      start: text(start),
      ...(end ? { end: text(end) } : {}),
      precision,
      date_basis: 'stated',
      venue: venue ? venue.id : null,
      attendees: inline(attendees.map((a) => a.id)),
      reported_by: reporting.map((a) => ({ article: `synthetic-${pad(a + 1, 5)}`, quotes: inline([text(sentence)]) })),
    });
  }

  const files: SyntheticFiles = new Map();
  const header = `Synthetic data (npm run data:synth -- --events ${events} --seed ${seed}): invented for measuring, not news.`;
  files.set(
    'data/places.yaml',
    yamlRecords(
      header,
      places.map((p) => ({
        id: p.id,
        ...(p.main ? { main: true } : {}),
        name: words(p.name),
        kind: words(p.main ? { ar: 'مكان من القصة', en: 'A venue of the story' } : { ar: 'مكان مُولَّد', en: 'A generated place' }),
        aliases: inline([text(p.name.ar)]),
        coordinates: inline([fixed(p.at[0], 4), fixed(p.at[1], 4)]),
      })),
    ),
  );
  files.set(
    'data/people.yaml',
    yamlRecords(
      header,
      people.map((p) => ({
        id: p.id,
        name: words(p.name),
        role: words({ ar: 'شخص مُولَّد', en: 'A generated person' }),
        country: p.country,
        aliases: inline([text(p.name.ar)]),
      })),
    ),
  );
  const articles: Record<string, unknown>[] = [];
  for (let a = 0; a < articleCount; a++) {
    const id = `synthetic-${pad(a + 1, 5)}`;
    const published = isoDay(articleLastDay[a]! + 1);
    const lines = [`نص اصطناعي رقم ${a + 1}، مُولَّد لقياس الأداء وليس خبرًا.`, ...articleSentences[a]!];
    files.set(`data/articles/${id}.txt`, lines.join('\n') + '\n');
    articles.push({
      id,
      language: 'ar',
      title: words({ ar: `نص اصطناعي رقم ${a + 1}`, en: `Synthetic text ${a + 1}` }),
      outlet: null,
      outlet_note: words({ ar: 'نص مُولَّد، بلا وسيلة إعلامية.', en: 'A generated text, from no outlet.' }),
      published: { date: published, precision: 'day', basis: 'stated', note: words({ ar: 'تاريخ مُولَّد.', en: 'A generated date.' }) },
      furniture: inline([{ lines: inline([1, 1]), kind: 'kicker' }]),
    });
  }
  files.set('data/articles.yaml', yamlRecords(header, articles));
  files.set('data/events.yaml', yamlRecords(header, eventRecords));
  files.set(
    'data/story.yaml',
    storyYaml(header, {
      title: { ar: `قصة اصطناعية (${events} حدث)`, en: `A synthetic story (${events} events)` },
      subtitle: { ar: 'بيانات مُولَّدة لقياس الأداء، وليست أخبارًا', en: 'Generated data for measuring, not news' },
      description: { ar: 'بيانات اصطناعية لقياس أداء التطبيق.', en: 'Synthetic data for measuring the app.' },
      sources_note: { ar: 'نصوص مُولَّدة، لا مقالات حقيقية.', en: 'Generated texts, not real articles.' },
      credit: { ar: 'بيانات اصطناعية، لا تُنسب إلى أحد.', en: 'Synthetic data: nothing to credit.' },
      ...(defaultDay ? { default_day: defaultDay } : {}),
      countries: COUNTRY_NAMES,
    }),
  );
  return files;
}
