/**
 * The search box (issue #17) in a real browser against the production build: a reader types a
 * name in any spelling, in Arabic or English, and lands on it in one choice; the keyboard
 * works as an ARIA combobox; the matcher and its index are not part of the first download.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, urlParam } from './harness';

const suite = browserSuite();

const open = (path: string, options: Parameters<typeof suite.open>[1] = {}) => suite.open(path, options);

const box = (page: Page) => page.getByRole('combobox');
const listbox = (page: Page) => page.getByRole('listbox');
/** The names of the options in one group of the list (Events, People, Places, Articles). */
const groupOptions = (page: Page, group: string) =>
  listbox(page)
    .getByRole('group', { name: group })
    .getByRole('option')
    .evaluateAll((els) => els.map((e) => (e.querySelector('.label') as HTMLElement).innerText.trim()));

async function type(page: Page, text: string): Promise<void> {
  await box(page).click();
  await box(page).fill(text);
}

describe('the search box', () => {
  it('finds Pyongyang written بيونج يانج with و in front, and focusing it puts the place in the URL', async () => {
    const w = await open('/?lang=ar&date=2023-09-13');
    expect(w.requests.some((r) => r.endsWith('/data/search.json'))).toBe(false);
    await type(w.page, 'وبيونج يانج');
    await expect.poll(() => groupOptions(w.page, 'أماكن')).toEqual(['بيونغ يانغ']);
    expect(await box(w.page).getAttribute('aria-expanded')).toBe('true');
    // Why it matched: the spelling the reader typed, marked, under the place's name.
    const option = listbox(w.page)
      .getByRole('option', { name: /بيونغ يانغ/ })
      .first();
    expect(await option.locator('mark').allInnerTexts()).toEqual(['بيونج', 'يانج']);
    await expect.poll(() => w.page.getByRole('status').filter({ hasText: /نتيج/ }).innerText()).toMatch(/نتيجتان|نتائج|نتيجة/);
    await option.click();
    await urlParam(w.page, 'venue', 'pyongyang');
    expect(await box(w.page).getAttribute('aria-expanded')).toBe('false');
  });

  it('finds an event by an Arabic spelling variant (alef maqsura, taa marbuta) and choosing it selects its day', async () => {
    const w = await open('/?lang=ar&date=2024-06-18');
    await type(w.page, 'قمه فوستوتشنى');
    await expect.poll(() => groupOptions(w.page, 'أحداث')).toEqual(['قمة بوتين وكيم في قاعدة فوستوتشني الفضائية']);
    await w.page.keyboard.press('ArrowDown');
    const active = await box(w.page).getAttribute('aria-activedescendant');
    expect(await w.page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await w.page.keyboard.press('Enter');
    await urlParam(w.page, 'date', '2023-09-13');
    await expect.poll(() => w.page.locator('article[data-event="vostochny-summit-2023"]').count()).toBe(1);
  });

  it.each([
    ['en', 'shoigu', /^(\d+) results, (\d+) listed$/],
    ['ar', 'شويغو', /^(\d+) (?:نتائج|نتيجة)، تُعرض منها (\d+)$/],
  ] as const)('says how many results the list offers when it shows fewer than were found (%s)', async (lang, query, said) => {
    const w = await open(`/?lang=${lang}&date=2023-09-13`);
    await type(w.page, query);
    const status = w.page.getByRole('status').filter({ hasText: said });
    await status.waitFor();
    const [, found, listed] = (await status.innerText()).match(said)!;
    expect(Number(listed)).toBeLessThan(Number(found));
    await expect.poll(() => listbox(w.page).getByRole('option').count()).toBe(Number(listed));
  });

  it.each([
    ['en', 'earlier trip', "Kim Jong Un's earlier trip to Vladivostok", /^2019,/],
    ['en', 'defence minister Shoigu visits', 'Russian defence minister Shoigu visits Pyongyang', /^July 2023,/],
    ['ar', 'قمة فوستوتشني', 'قمة بوتين وكيم في قاعدة فوستوتشني الفضائية', /^13 سبتمبر 2023،/],
  ] as const)('gives an event its date as the story knows it, a year, a month or a day (%s: %s)', async (lang, query, title, date) => {
    const w = await open(`/?lang=${lang}&date=2024-06-18`);
    await type(w.page, query);
    const option = listbox(w.page)
      .getByRole('option')
      .filter({ has: w.page.locator('.label', { hasText: title }) });
    await expect.poll(() => option.locator('.meta').innerText()).toMatch(date);
  });

  it('finds Sergei Shoigu from an English name with a letter wrong, by keyboard', async () => {
    const w = await open('/?lang=en&date=2023-09-13');
    await type(w.page, 'Shoygu');
    await expect.poll(() => groupOptions(w.page, 'People')).toEqual(['Sergei Shoigu']);
    expect(await groupOptions(w.page, 'Events')).toContain('Kim and Shoigu discuss strengthening military cooperation');
    // Down through the events to the person, then Enter.
    const names = await listbox(w.page)
      .getByRole('option')
      .evaluateAll((els) => els.map((e) => (e.querySelector('.label') as HTMLElement).innerText.trim()));
    for (let i = 0; i <= names.indexOf('Sergei Shoigu'); i++) await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('Enter');
    await urlParam(w.page, 'person', 'sergei-shoigu');
    await expect.poll(() => w.page.getByRole('heading', { name: /Sergei Shoigu/ }).count()).toBeGreaterThan(0);
    // The keyboard is taken to what was chosen: the heading of the person's events.
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Events with Sergei Shoigu');
  });

  it('finds an event by an English name and opens an article from its title', async () => {
    const w = await open('/?lang=en&date=2023-09-13');
    await type(w.page, 'rodong sinmun');
    await expect.poll(() => groupOptions(w.page, 'Events')).toEqual(["Putin's article in Rodong Sinmun"]);
    await listbox(w.page).getByRole('option').first().click();
    await urlParam(w.page, 'date', '2024-06-18');
    // … to the event's card, whose title a screen reader says.
    await expect
      .poll(() => w.page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent?.trim()]))
      .toEqual(['H3', "Putin's article in Rodong Sinmun"]);
    await type(w.page, 'rifles as gifts');
    await expect.poll(() => groupOptions(w.page, 'Articles')).toHaveLength(1);
    await listbox(w.page).getByRole('group', { name: 'Articles' }).getByRole('option').click();
    await w.page.getByRole('dialog').waitFor();
  });

  it('keeps كيم جونغ-داي apart from Kim Jong Un, and Escape closes the list then clears the box', async () => {
    const w = await open('/?lang=ar');
    await type(w.page, 'كيم جونغ-داي');
    await expect.poll(() => groupOptions(w.page, 'أشخاص')).toEqual(['كيم جونغ-داي']);
    await w.page.keyboard.press('Escape');
    expect(await box(w.page).getAttribute('aria-expanded')).toBe('false');
    expect(await box(w.page).inputValue()).toBe('كيم جونغ-داي');
    await w.page.keyboard.press('Escape');
    expect(await box(w.page).inputValue()).toBe('');
  });

  it('says when nothing matches and offers the nearest spelling', async () => {
    const w = await open('/?lang=ar');
    await type(w.page, 'بوتن');
    await w.page.getByText('لم نجد شيئًا.').waitFor();
    await w.page.getByRole('button', { name: 'بوتين', exact: true }).click();
    expect(await box(w.page).inputValue()).toBe('بوتين');
    await expect.poll(() => groupOptions(w.page, 'أشخاص')).toEqual(['فلاديمير بوتين']);
  });

  it('works in the embed, in its language, and a person chosen there is its selection', async () => {
    const w = await open('/embed.html?lang=en&date=2023-09-13');
    await type(w.page, 'Lavrov');
    await expect.poll(() => groupOptions(w.page, 'People')).toEqual(['Sergei Lavrov']);
    await listbox(w.page)
      .getByRole('option', { name: /Sergei Lavrov/ })
      .click();
    await urlParam(w.page, 'person', 'sergei-lavrov');
  });

  it.each([
    ['en', 390, 'Putin'],
    ['ar', 390, 'بوتين'],
    ['en', 600, 'Putin'],
    ['ar', 1280, 'بوتين'],
  ] as const)('lists the results inside a %s embed %i px wide, where nothing scrolls to what is cut', async (lang, width, query) => {
    const w = await open(`/embed.html?lang=${lang}`, { width, height: 680 });
    await type(w.page, query);
    await expect.poll(() => listbox(w.page).getByRole('option').count()).toBeGreaterThan(3);
    const list = (await listbox(w.page).boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(0);
    expect(list.x + list.width).toBeLessThanOrEqual(width);
    expect(list.width).toBeGreaterThanOrEqual(Math.min(300, width - 20));
    // Under the bar, not over the box the reader types in.
    const input = (await box(w.page).boundingBox())!;
    expect(list.y).toBeGreaterThanOrEqual(input.y + input.height);
  });

  it('answers from a worker of its own under the page’s security policy, and from the page where no worker can start', async () => {
    // The production build, its policy: the index is built and queried in the search worker.
    const w = await open('/?lang=en');
    const workers: string[] = [];
    w.page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await type(w.page, 'Pyongyang');
    await expect.poll(() => groupOptions(w.page, 'Places')).toEqual(['Pyongyang']);
    expect(workers.some((p) => /\/assets\/search-worker-[\w-]+\.js$/.test(p))).toBe(true);
    expect(w.requests.filter((r) => r.endsWith('/data/search.json'))).toHaveLength(1);
    expect(w.warnings.filter((m) => m.includes('search'))).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();

    // A worker refused (here its script does not load): the same answers, built on the page.
    const v = await suite.page();
    await v.page.route('**/assets/search-worker-*.js', (route) => route.fulfill({ status: 404, body: '' }));
    await v.page.goto(`${suite.origin}/?lang=en`);
    await type(v.page, 'Pyongyang');
    await expect.poll(() => groupOptions(v.page, 'Places')).toEqual(['Pyongyang']);
    expect(v.warnings.some((m) => m.includes('The search runs on the page instead of a worker'))).toBe(true);
  });
});
