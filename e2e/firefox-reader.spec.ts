/**
 * The reader in Firefox ESR, on every seed page: the same contract as in Chromium, driven through the
 * e2e hook (npm run build:e2e) because tests can't reach Firefox's background page.
 */
import { startSeedServer } from '../scripts/lib/seed-server';
import { listSeeds } from '../scripts/lib/seeds';
import { expect, isOpen, test } from './firefox-fixture';
import { expectFormulasInLine, FORMULA_PATH, FORMULA_ROUTES, formulaLayoutInPage, formulasSettled } from './formula-page';
import { findInPage, openPageDialogInPage, pageDialogInPage, scrollReaderInPage, sectionInPage } from './launch';

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\u0640/g, '').trim();
}

const seeds = listSeeds();
const articles = seeds.filter((s) => s.expected.isArticle);
const nonArticles = seeds.filter((s) => !s.expected.isArticle);

test('there are seed pages to read, and one that is not an article', () => {
  expect(articles.length).toBeGreaterThan(0);
  expect(nonArticles.length).toBeGreaterThan(0);
});

for (const seed of articles) {
  const e = seed.expected;

  test(`${seed.slug}: the reader opens with the headline, ${e.dir ?? 'its direction'} and ${e.lang ?? 'its language'}, and closing gives the page back`, async ({ qari }) => {
    await qari.openSeed(seed.slug);
    const bodyBefore = await qari.body();

    const opened = await qari.toggle();
    expect(opened).toMatchObject({ open: true, hasArticle: true });
    const open = await qari.reader();
    expect(open.hosts).toBe(1);
    expect(open.shadowOpen).toBe(true);
    expect(open.articles).toBe(1);
    if (e.dir) expect(open.dir).toBe(e.dir);
    // Firefox itself must lay the article out in that direction, on screen (the shadow root's styles applied).
    const layout = await qari.layout();
    if (e.dir) expect(layout.direction).toBe(e.dir);
    expect(layout.width).toBeGreaterThan(200);
    expect(layout.height).toBeGreaterThan(100);
    if (e.lang) expect(open.lang).toBe(e.lang);
    if (e.title) expect(normalise(open.h1 ?? '')).toBe(normalise(e.title));
    const text = normalise(open.text);
    for (const snippet of e.mustAppear ?? []) expect(text, `must appear: ${snippet}`).toContain(normalise(snippet));
    for (const snippet of e.mustNotAppear ?? []) expect(text, `must not appear: ${snippet}`).not.toContain(normalise(snippet));

    expect(await qari.toggle()).toMatchObject({ open: false });
    const closed = await qari.reader();
    expect(closed.hosts).toBe(0);
    expect(await qari.body()).toBe(bodyBefore);
  });

  test(`${seed.slug}: the detector's verdict reaches the background in Firefox`, async ({ qari }) => {
    await qari.openSeed(seed.slug);
    const state = await qari.tabState();
    expect(state?.verdict?.isArticle, state?.verdict?.reasons.join('; ')).toBe(true);
    if (e.cluttered !== undefined) expect(state?.verdict?.cluttered, state?.verdict?.reasons.join('; ')).toBe(e.cluttered);
    expect(await qari.actionTitle()).toMatch(/reader/i);
  });
}

for (const seed of nonArticles) {
  test(`${seed.slug}: not an article, so the reader says so and shows no <article>; closing gives the page back`, async ({ qari }) => {
    await qari.openSeed(seed.slug);
    const bodyBefore = await qari.body();

    const opened = await qari.toggle();
    expect(opened).toMatchObject({ open: true, hasArticle: false });
    const open = await qari.reader();
    expect(open.hosts).toBe(1);
    expect(open.shadowOpen).toBe(true);
    expect(open.articles).toBe(0);
    expect(normalise(open.text).length, 'a message for the reader').toBeGreaterThan(0);

    expect(await qari.toggle()).toMatchObject({ open: false });
    expect((await qari.reader()).hosts).toBe(0);
    expect(await qari.body()).toBe(bodyBefore);
  });
}

test('a front page is shown anyway when asked, in Firefox: its headlines, right to left, and the background hears of it', async ({ qari, tab }) => {
  await qari.openSeed('portal-front-page');
  const bodyBefore = await qari.body();
  expect(await qari.toggle()).toMatchObject({ open: true, hasArticle: false });
  await tab.locator('qari-reader >>> .qari-empty-show').click();
  await expect.poll(async () => (await qari.reader()).articles).toBe(1);
  const open = await qari.reader();
  expect(open.dir).toBe('rtl');
  expect(normalise(open.text)).toContain('الحكومة تعلن خطة لتوسيع شبكة النقل الذكي');
  await expect.poll(async () => (await qari.tabState())?.reader?.hasArticle).toBe(true);
  expect(await qari.toggle()).toMatchObject({ open: false });
  expect(await qari.body()).toBe(bodyBefore);
});

test('the keyboard command opens and closes the reader in Firefox, through the same router as the toolbar', async ({ qari }) => {
  const seed = articles[0]!;
  await qari.openSeed(seed.slug);
  const bodyBefore = await qari.body();

  expect(isOpen(await qari.command())).toBe(true);
  expect((await qari.reader()).hosts).toBe(1);
  expect(await qari.command()).toMatchObject({ open: false });
  expect((await qari.reader()).hosts).toBe(0);
  expect(await qari.body()).toBe(bodyBefore);
});

test('two tabs keep their own reader', async ({ qari, tab }) => {
  const [first, second] = articles;
  const other = await tab.browser().newPage();
  try {
    await qari.openSeed(first!.slug);
    await qari.openSeed((second ?? first)!.slug, other);
    await qari.toggle();
    expect((await qari.reader()).hosts).toBe(1);
    expect((await qari.reader(other)).hosts).toBe(0);
    await qari.toggle();
    expect((await qari.reader()).hosts).toBe(0);
  } finally {
    await other.close();
  }
});

test('Esc inside the reader closes it in Firefox, and the background hears of it', async ({ qari, tab }) => {
  const seed = articles[0]!;
  await qari.openSeed(seed.slug);
  const bodyBefore = await qari.body();
  await qari.toggle();
  expect((await qari.reader()).hosts).toBe(1);

  await tab.keyboard.press('Escape');
  await expect.poll(async () => (await qari.reader()).hosts).toBe(0);
  await expect.poll(async () => (await qari.tabState())?.reader?.open).toBe(false);
  expect(await qari.body()).toBe(bodyBefore);
});

test('closed and opened again in Firefox, the reader is back at the paragraph it was at, and shows how far it is', async ({ qari, tab }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  const left = await tab.evaluate(scrollReaderInPage, 0.6);
  expect(left.scrollTop).toBeGreaterThan(300);
  expect(left.bar.width / left.toolbar.width).toBeGreaterThan(0.5);
  expect(left.bar.width / left.toolbar.width).toBeLessThan(0.7);
  await qari.toggle();
  expect((await qari.reader()).hosts).toBe(0);
  await qari.toggle();
  const back = await tab.evaluate(scrollReaderInPage, null);
  expect(back.topBlock).toBe(left.topBlock);
  expect(Math.abs(back.scrollTop - left.scrollTop)).toBeLessThan(5);
  await qari.toggle();
});

test('while the reader is open in Firefox, find in page finds nothing of the page hidden behind it', async ({ qari, tab }) => {
  await qari.openSeed('elbalad-isis-africa');
  const find = (phrase: string) => tab.evaluate(findInPage, phrase);
  const MASTHEAD = 'رئيس التحرير'; // on the page twice; the reader leaves it out
  expect(await find(MASTHEAD)).toBe(true);
  await qari.toggle();
  expect((await qari.reader()).articles).toBe(1);
  expect(await find(MASTHEAD)).toBe(false);
  await qari.toggle();
  expect(await find(MASTHEAD)).toBe(true);
});

test('the Contents list of a guide in sections goes to the section chosen in Firefox, its heading focused under the toolbar', async ({ qari, tab }) => {
  await qari.openSeed('arabic-guide-sections');
  await qari.toggle();
  await tab.locator('qari-reader >>> .qari-contents-toggle').click();
  await expect.poll(() => tab.evaluate(() => document.querySelector('qari-reader')!.shadowRoot!.querySelectorAll('nav.qari-contents button').length)).toBe(5);
  await tab.locator('qari-reader >>> nav.qari-contents li:nth-child(2) button').click();
  await expect.poll(() => tab.evaluate(sectionInPage, 'علامات تكشف')).toEqual({ near: true, focused: true, listGone: true });
  await qari.toggle();
});

test('a modal dialog the page opens while the reader is open does not freeze the reader in Firefox, and is still open when it closes', async ({ qari, tab }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  await tab.evaluate(openPageDialogInPage);
  await expect.poll(async () => (await tab.evaluate(pageDialogInPage)).onTop).toBe('qari-reader');
  // The reader answers clicks (opening its display panel changes no setting: the tests share this Firefox's storage).
  await tab.locator('qari-reader >>> .qari-settings-toggle').click();
  await expect.poll(() => tab.evaluate(() => !!document.querySelector('qari-reader')!.shadowRoot!.querySelector('#qari-display-settings'))).toBe(true);
  await qari.toggle();
  expect((await qari.reader()).hosts).toBe(0);
  expect((await tab.evaluate(pageDialogInPage)).modal).toBe(true);
});

test('emoji and formulas stay in their line at the size of the text in Firefox, MathML drawn once, and the formula turns light when the reader is switched to dark', async ({ qari, tab }) => {
  const server = await startSeedServer({ extra: FORMULA_ROUTES });
  const theme = (value: string) => tab.locator(`qari-reader >>> input[type="radio"][name="qari-theme"][value="${value}"]`).click();
  try {
    await qari.open(server.url(FORMULA_PATH));
    expect(await qari.toggle()).toMatchObject({ open: true, hasArticle: true });
    await expect.poll(async () => formulasSettled(await tab.evaluate(formulaLayoutInPage))).toBe(true);
    expectFormulasInLine((await tab.evaluate(formulaLayoutInPage))!);
    // The theme is picked in the reader's own panel, as a reader would.
    await tab.locator('qari-reader >>> .qari-settings-toggle').click();
    await theme('dark');
    await expect.poll(() => tab.evaluate(() => document.querySelector('qari-reader')!.shadowRoot!.querySelector('.qari-root')!.getAttribute('data-theme'))).toBe('dark');
    const dark = (await tab.evaluate(formulaLayoutInPage))!;
    expect(dark.tex.filter).toBe('invert(1)');
    expect(dark.emoji.filter).toBe('none');
    // The tests share this Firefox's storage: the theme goes back to its default.
    await theme('auto');
    await expect.poll(() => tab.evaluate(() => document.querySelector('qari-reader')!.shadowRoot!.querySelector('.qari-root')!.getAttribute('data-theme'))).not.toBe('dark');
  } finally {
    await server.close();
  }
});
